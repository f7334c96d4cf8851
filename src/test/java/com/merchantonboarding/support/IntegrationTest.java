package com.merchantonboarding.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application, really started on a random port against PostgreSQL, called over HTTP as an outside
 * client would. One configuration for every integration test, so the context is built once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Metrics are exported as in production (/actuator/prometheus); Spring's tests switch that off otherwise.
@AutoConfigureObservability
@ActiveProfiles("test")
@RequiresPostgres
public abstract class IntegrationTest {

    public static final String PASSWORD = "Officer-Test-Secret-7";

    @LocalServerPort
    protected int port;
    @Autowired
    protected IdentityService identityService;

    protected Http http;

    @BeforeEach
    void setUpHttp() {
        http = new Http(port);
        ensureUser("itolivia", "compliance-officers");
        ensureUser("itoscar", "compliance-officers");
        ensureUser("itliam", "compliance-officers", "compliance-leads");
        ensureUser("itlena", "compliance-officers", "compliance-leads");
        ensureUser("itana", "business-analysts");
        ensureUser("itguest");
    }

    private void ensureUser(String id, String... groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(id);
            user.setLastName("Tester");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }

    /** Signs up a new merchant and returns its API key. */
    protected String newMerchant() {
        Http.Response response = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of(
                "email", "m-" + UUID.randomUUID() + "@example.cn",
                "password", "a-long-password-123",
                "displayName", "Example Tea House"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("apiKey").asText();
    }

    /** A complete application of a tea house in Xiamen (spec/merchant-api.md), as a mutable map. */
    public static Map<String, Object> completeData() {
        Map<String, Object> data = new HashMap<>();
        data.put("legalName", "厦门示例贸易有限公司");
        data.put("tradingName", "Example Tea House");
        data.put("businessType", "COMPANY");
        data.put("registrationNumber", "91350200776049653A");
        data.put("country", "CN");
        data.put("merchantCategoryCode", "5812");
        data.put("website", "https://tea.example.cn");
        data.put("expectedMonthlyVolume", Map.of("amount", "80000.00", "currency", "CNY"));
        data.put("contact", Map.of("email", "owner@tea.example.cn", "phone", "+86 592 555 0100"));
        data.put("legalRepresentative", Map.of("fullName", "王小明", "idNumber", "35020319900101123X"));
        data.put("beneficialOwners", List.of(Map.of("fullName", "王小明", "ownershipPercent", 60)));
        data.put("bankAccount", Map.of("holderName", "厦门示例贸易有限公司", "accountNumber", "6222020200112233445",
                "bankName", "中国工商银行", "currency", "CNY"));
        data.put("walletProviders", List.of("ALIPAY", "WECHAT_PAY"));
        data.put("paymentFeatures", List.of("QR_CODE", "PAYMENT_LINK", "E_INVOICE"));
        return data;
    }

    public static final List<String> COMPANY_DOCUMENTS = List.of("BUSINESS_LICENSE", "LEGAL_REP_ID_FRONT",
            "LEGAL_REP_ID_BACK", "BANK_ACCOUNT_PROOF");

    protected String createApplication(String key, Map<String, Object> data) {
        Http.Response response = http.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key), data);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    protected JsonNode upload(String key, String applicationId, String type) {
        Http.Response response = http.upload("/api/v1/applications/" + applicationId + "/documents",
                Http.bearer(key), type, type.toLowerCase() + ".jpg", TestFiles.jpeg(1200, 800), "image/jpeg");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    protected JsonNode submit(String key, String applicationId) {
        Http.Response response = http.json(HttpMethod.POST, "/api/v1/applications/" + applicationId + "/submit",
                Http.bearer(key), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        return response.json();
    }

    protected JsonNode application(String key, String applicationId) {
        return application(key, applicationId, "en");
    }

    protected JsonNode application(String key, String applicationId, String language) {
        Http.Response response = http.get("/api/v1/applications/" + applicationId,
                Http.bearer(key, Map.of("Accept-Language", language)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /**
     * A complete company application with its documents in a prohibited category (7995, betting), submitted:
     * screening rejects it with {@code PROHIBITED_CATEGORY}. Returns its id.
     */
    protected String submitProhibitedCategory(String key) {
        Map<String, Object> data = completeData();
        data.put("merchantCategoryCode", "7995");
        String id = createApplication(key, data);
        COMPANY_DOCUMENTS.forEach(type -> upload(key, id, type));
        submit(key, id);
        return id;
    }

    /** Waits until the process has moved the application to this status (screening is asynchronous). */
    protected JsonNode awaitStatus(String key, String applicationId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> application(key, applicationId).get("status").asText().equals(status));
        return application(key, applicationId);
    }

    /** A submitted, complete application that screening sent to review. */
    protected String applicationInReview(String key, Map<String, Object> data, List<String> documents) {
        String id = createApplication(key, data);
        documents.forEach(type -> upload(key, id, type));
        submit(key, id);
        awaitStatus(key, id, "IN_REVIEW");
        return id;
    }
}
