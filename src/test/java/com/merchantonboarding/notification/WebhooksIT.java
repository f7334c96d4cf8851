package com.merchantonboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.support.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Webhooks as a merchant's receiver sees them, and the API a merchant manages them with. */
class WebhooksIT extends NotificationIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookReceiver receiver = new WebhookReceiver();

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void deliversSignedEventsAndRetriesFailedTriesWithTheSameEventId() throws Exception {
        receiver.answering(attempt -> attempt <= 2 ? 500 : 200);
        double retriedBefore = retriedFailures();
        SignedUp merchant = signUp("en");
        JsonNode webhook = registerWebhook(merchant.key(), receiver.url());
        String secret = webhook.get("secret").asText();

        String id = applicationMissingTheBankProof(merchant.key());
        String reference = awaitStatus(merchant.key(), id, "CHANGES_REQUESTED").get("reference").asText();

        String webhookId = webhook.get("id").asText();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode log = deliveries(merchant.key(), webhookId);
            return log.size() == 2 && StreamSupport.stream(log.spliterator(), false)
                    .allMatch(d -> d.get("status").asText().equals("DELIVERED"));
        });

        List<WebhookReceiver.Request> requests = receiver.requests();
        assertThat(requests).hasSize(6);
        for (WebhookReceiver.Request request : requests) {
            assertThat(SignatureVerifier.verify(request.signature(), request.body(), secret, Instant.now(),
                    Duration.ofMinutes(5))).as(request.signature()).isTrue();
            assertThat(SignatureVerifier.verify(request.signature(), request.body(), "whsec_wrong", Instant.now(),
                    Duration.ofMinutes(5))).isFalse();
            assertThat(request.contentType()).startsWith("application/json");
            assertThat(request.body()).doesNotContain(ACCOUNT_NUMBER, ID_NUMBER);
        }
        List<JsonNode> changesRequested = requests.stream().map(r -> json(r.body()))
                .filter(b -> b.get("type").asText().equals("application.changes_requested")).toList();
        assertThat(changesRequested).hasSize(3);
        assertThat(changesRequested).extracting(b -> b.get("id").asText()).containsOnly(
                changesRequested.get(0).get("id").asText());
        assertThat(changesRequested).extracting(JsonNode::toString).containsOnly(changesRequested.get(0).toString());
        JsonNode event = changesRequested.get(0);
        assertThat(event.fieldNames()).toIterable().containsExactly("id", "type", "createdAt", "data");
        assertThat(event.at("/data/applicationId").asText()).isEqualTo(id);
        assertThat(event.at("/data/reference").asText()).isEqualTo(reference);
        assertThat(event.at("/data/status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(event.at("/data/revision").asInt()).isEqualTo(1);
        assertThat(Instant.parse(event.get("createdAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(requests.stream().map(r -> json(r.body()).get("type").asText()).distinct())
                .containsExactlyInAnyOrder("application.submitted", "application.changes_requested");

        JsonNode log = deliveries(merchant.key(), webhookId);
        assertThat(log).allSatisfy(line -> {
            assertThat(line.get("attempts").asInt()).isEqualTo(3);
            assertThat(line.get("lastStatusCode").asInt()).isEqualTo(200);
            assertThat(line.get("deliveredAt").isNull()).isFalse();
            assertThat(line.get("nextAttemptAt").isNull()).isTrue();
            assertThat(line.get("lastError").isNull()).isTrue();
        });
        assertThat(log.get(0).get("type").asText()).isEqualTo("application.changes_requested");
        assertThat(log.get(0).get("eventId").asText()).isEqualTo(event.get("id").asText());
        assertThat(retriedFailures() - retriedBefore).isGreaterThanOrEqualTo(4);
    }

    /** {@code onboarding.webhook.failures{outcome=retried}} (docs/operations.md), on this node. */
    private double retriedFailures() {
        return meters.counter("onboarding.webhook.failures", "outcome", "retried").count();
    }

    @Test
    void aFailingReceiverNeverHoldsUpTheOnboarding() {
        receiver.answering(attempt -> 503);
        SignedUp merchant = signUp("en");
        String webhookId = registerWebhook(merchant.key(), receiver.url()).get("id").asText();

        String id = applicationMissingTheBankProof(merchant.key());
        awaitStatus(merchant.key(), id, "CHANGES_REQUESTED");

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                StreamSupport.stream(deliveries(merchant.key(), webhookId).spliterator(), false)
                        .anyMatch(d -> d.get("attempts").asInt() >= 2));
        JsonNode line = StreamSupport.stream(deliveries(merchant.key(), webhookId).spliterator(), false)
                .filter(d -> d.get("attempts").asInt() >= 2).findFirst().orElseThrow();
        assertThat(line.get("status").asText()).isIn("PENDING", "FAILED");
        assertThat(line.get("lastStatusCode").asInt()).isEqualTo(503);
        assertThat(line.get("lastError").asText()).isEqualTo("The receiver answered HTTP 503");
        assertThat(line.get("deliveredAt").isNull()).isTrue();
        assertThat(application(merchant.key(), id).get("status").asText()).isEqualTo("CHANGES_REQUESTED");
    }

    @Test
    void merchantsManageTheirOwnWebhooksOnly() {
        SignedUp merchant = signUp("en");
        SignedUp other = signUp("en");
        JsonNode created = registerWebhook(merchant.key(), receiver.url());
        String webhookId = created.get("id").asText();
        assertThat(created.get("secret").asText()).startsWith("whsec_");
        assertThat(created.get("url").asText()).isEqualTo(receiver.url());

        Http.Response list = http.get("/api/v1/webhooks", Http.bearer(merchant.key()));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("id").asText()).isEqualTo(webhookId);
        assertThat(list.text()).doesNotContain(created.get("secret").asText()).doesNotContain("secret");
        assertThat(http.get("/api/v1/webhooks", Http.bearer(other.key())).json()).isEmpty();

        for (Http.Response response : List.of(
                http.get("/api/v1/webhooks/" + webhookId + "/deliveries", Http.bearer(other.key())),
                http.json(HttpMethod.DELETE, "/api/v1/webhooks/" + webhookId, Http.bearer(other.key()), null),
                http.get("/api/v1/webhooks/" + java.util.UUID.randomUUID() + "/deliveries", Http.bearer(merchant.key())),
                http.get("/api/v1/webhooks/not-a-uuid/deliveries", Http.bearer(merchant.key())))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/v1/webhooks", null).status()).isEqualTo(401);
        assertThat(http.json(HttpMethod.POST, "/api/v1/webhooks", null, Map.of("url", receiver.url())).status())
                .isEqualTo(401);

        Http.Response deleted = http.json(HttpMethod.DELETE, "/api/v1/webhooks/" + webhookId,
                Http.bearer(merchant.key()), null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get("/api/v1/webhooks", Http.bearer(merchant.key())).json()).isEmpty();
        assertThat(http.get("/api/v1/webhooks/" + webhookId + "/deliveries", Http.bearer(merchant.key())).status())
                .isEqualTo(404);
    }

    @Test
    void refusesUrlsThatAreNotHttpsToAPublicAddress() {
        SignedUp merchant = signUp("en");
        Map<String, String> refused = Map.of(
                "http://hooks.example.com/onboarding", "InsecureScheme",
                "https://10.20.30.40/hook", "PrivateAddress",
                "https://169.254.169.254/latest/meta-data", "PrivateAddress",
                "https://[fd12::1]/hook", "PrivateAddress",
                "https://user:secret@93.184.215.14/hook", "UserInfo",
                "not a url", "Malformed");
        refused.forEach((url, code) -> {
            Http.Response response = http.json(HttpMethod.POST, "/api/v1/webhooks", Http.bearer(merchant.key()),
                    Map.of("url", url));
            assertThat(response.status()).as(url).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("url");
            assertThat(response.json().at("/errors/0/code").asText()).as(url).isEqualTo(code);
        });
        Http.Response blank = http.json(HttpMethod.POST, "/api/v1/webhooks", Http.bearer(merchant.key()),
                Map.of("url", ""));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/errors/0/field").asText()).isEqualTo("url");
        assertThat(http.get("/api/v1/webhooks", Http.bearer(merchant.key())).json()).isEmpty();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }
}
