package com.merchantonboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;

/**
 * What the notification tests share. Adds no configuration, so the one application context of
 * {@link IntegrationTest} is reused.
 */
abstract class NotificationIntegrationTest extends IntegrationTest {

    static final String ACCOUNT_NUMBER = "6222020200112233445";
    static final String ID_NUMBER = "35020319900101123X";

    /** A merchant as the tests know it: its id, API key and the address its mails go to. */
    record SignedUp(UUID merchantId, String key, String email) {
    }

    SignedUp signUp(String locale) {
        String email = "notify-" + UUID.randomUUID() + "@example.cn";
        Http.Response response = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of(
                "email", email, "password", "a-long-password-123", "displayName", "Example Tea House",
                "locale", locale));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new SignedUp(UUID.fromString(response.json().get("merchantId").asText()),
                response.json().get("apiKey").asText(), email);
    }

    JsonNode registerWebhook(String key, String url) {
        Http.Response response = http.json(HttpMethod.POST, "/api/v1/webhooks", Http.bearer(key), Map.of("url", url));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    JsonNode deliveries(String key, String webhookId) {
        Http.Response response = http.get("/api/v1/webhooks/" + webhookId + "/deliveries", Http.bearer(key));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** An application that screening sends back because the proof of the bank account is missing. */
    String applicationMissingTheBankProof(String key) {
        String id = createApplication(key, completeData());
        for (String type : new String[] {"BUSINESS_LICENSE", "LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK"}) {
            upload(key, id, type);
        }
        submit(key, id);
        return id;
    }
}
