package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.TestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** What one request may cost, and clean answers to what the real world sends (docs/security.md). */
class RequestLimitsIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    private ProcessEngineConfiguration engine;

    @Test
    void aHugeJsonBodyIsRefusedBeforeItIsParsedAndTheServerKeepsAnswering() {
        String key = newMerchant();
        StringBuilder million = new StringBuilder(50_000_000).append('[');
        for (int i = 0; i < 1_000_000; i++) {
            million.append(i == 0 ? "" : ",").append("{\"fullName\":\"Owner ").append(i).append("\"}");
        }
        String body = "{\"legalName\":\"x\",\"beneficialOwners\":" + million.append("]}");
        Http.Response api = http.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key), body);
        assertThat(api.status()).isEqualTo(413);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("type").asText()).endsWith("body-too-large");

        Http.Response engineRest = http.json(HttpMethod.POST, "/engine-rest/task", Http.basic("itolivia", PASSWORD),
                "{\"processVariables\":" + million + "}");
        assertThat(engineRest.status()).isEqualTo(413);
        assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void listsLongerThanTheirLimitAreRefusedNamingTheField() {
        String key = newMerchant();
        List<Map<String, Object>> owners = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            owners.add(Map.of("fullName", "Owner " + i, "ownershipPercent", 1));
        }
        Map<String, Object> data = completeData();
        data.put("beneficialOwners", owners);
        Http.Response response = http.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key), data);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("beneficialOwners");
    }

    @Test
    void nulCharactersAreRefusedWith400() {
        Http.Response signUp = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of(
                "email", "m-" + UUID.randomUUID() + "@example.cn", "password", "a-long-password-123",
                "displayName", "Tea\u0000House"));
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(400);
        assertThat(signUp.json().get("type").asText()).endsWith("control-character");

        String key = newMerchant();
        String id = createApplication(key, completeData());
        Http.Response upload = http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key),
                "BUSINESS_LICENSE", "licence\u0000.jpg", TestFiles.jpeg(1200, 800), "image/jpeg");
        assertThat(upload.status()).as(upload.toString()).isEqualTo(400);
        assertThat(upload.json().get("type").asText()).endsWith("invalid-file-name");

        Http.Response comment = http.json(HttpMethod.PUT, "/api/v1/applications/" + id, Http.bearer(key),
                "{\"legalName\":\"A\\u0000B\"}");
        assertThat(comment.status()).isEqualTo(400);
        // An escaped backslash before u0000 is text, and is accepted.
        Http.Response text = http.json(HttpMethod.PUT, "/api/v1/applications/" + id, Http.bearer(key),
                "{\"legalName\":\"A\\\\u0000B\"}");
        assertThat(text.status()).as(text.toString()).isEqualTo(200);
    }

    @Test
    void concurrentSubmitsWithOneIdempotencyKeyAllGetTheFirstAnswer() throws Exception {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        for (String type : COMPANY_DOCUMENTS) {
            upload(key, id, type);
        }
        String idempotencyKey = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/submit",
                        Http.bearer(key, Map.of("Idempotency-Key", idempotencyKey)), null)));
            }
            Set<String> bodies = new java.util.HashSet<>();
            int replayed = 0;
            for (Future<Http.Response> answer : answers) {
                Http.Response response = answer.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(202);
                JsonNode body = response.json();
                bodies.add(body.get("id").asText() + "/" + body.get("revision").asInt() + "/"
                        + body.get("status").asText());
                if ("true".equals(response.headers().getFirst("Idempotent-Replayed"))) {
                    replayed++;
                }
            }
            assertThat(bodies).containsExactly(id + "/1/SUBMITTED");
            assertThat(replayed).isEqualTo(19);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void portalPasswordsCannotBeGuessedAtFullSpeedButTheOwnerGetsBackIn() throws Exception {
        String email = "guess-" + UUID.randomUUID() + "@example.cn";
        assertThat(http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email", email,
                "password", "the-right-password-1", "displayName", "Tea")).status()).isEqualTo(201);

        for (int i = 0; i < LoginThrottle.ACCOUNT_AND_ADDRESS.freeFailures(); i++) {
            Http.Response wrong = portalLogin(email, "wrong-password-" + i);
            assertThat(wrong.status()).isEqualTo(302);
            assertThat(wrong.headers().getFirst(HttpHeaders.LOCATION)).endsWith("/portal/login?error");
        }
        assertThat(portalLogin(email, "wrong-password-again").status()).isEqualTo(302);
        Http.Response throttled = portalLogin(email, "the-right-password-1");
        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        long seconds = Long.parseLong(throttled.headers().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(seconds).isBetween(1L, 60L);
        assertThat(throttled.text()).contains("Too many failed attempts");

        Thread.sleep(seconds * 1000 + 200);
        Http.Response right = portalLogin(email, "the-right-password-1");
        assertThat(right.status()).as(right.toString()).isEqualTo(302);
        assertThat(right.headers().getFirst(HttpHeaders.LOCATION)).endsWith("/portal/");
    }

    @Test
    void aDeadNodesJobsAreTakenOverWithinTwoMinutes() {
        assertThat(((ProcessEngineConfigurationImpl) engine).getJobExecutor().getLockTimeInMillis())
                .isLessThanOrEqualTo(120_000);
    }

    private Http.Response portalLogin(String email, String password) {
        Http.Response page = http.get("/portal/login", null);
        String session = page.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow();
        Matcher csrf = CSRF.matcher(page.text());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        return http.form("/portal/login", Http.cookies(session), Map.of("email", email, "password", password,
                "_csrf", csrf.group(1)));
    }
}
