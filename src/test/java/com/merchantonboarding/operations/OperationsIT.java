package com.merchantonboarding.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/** What operators see of the running service: probes, the actuator behind a login (docs/operations.md). */
class OperationsIT extends IntegrationTest {

    static final String OPERATOR = "itotto";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void operator() {
        if (identityService.createUserQuery().userId(OPERATOR).count() == 0) {
            User user = identityService.newUser(OPERATOR);
            user.setFirstName("Otto");
            user.setLastName("Operator");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(OPERATOR, "operators");
        }
    }

    @Test
    void probesAnswerWithoutCredentialsAndSayNothingButTheirStatus() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Http.Response response = http.get(probe, null);
            assertThat(response.status()).as(probe + ": " + response).isEqualTo(200);
            assertThat(response.json().get("status").asText()).isEqualTo("UP");
            assertThat(response.json().size()).as(response.text()).isEqualTo(1);
        }
    }

    @Test
    void everythingElseUnderTheActuatorNeedsAnOperator() {
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/metrics", "/actuator"}) {
            assertThat(http.get(path, null).status()).as(path).isEqualTo(401);
            assertThat(http.get(path, Http.basic("itolivia", PASSWORD)).status()).as(path).isEqualTo(403);
        }
        Http.Response health = http.get("/actuator/health", Http.basic(OPERATOR, PASSWORD));
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().at("/components/rules/status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(http.get("/actuator/prometheus", Http.basic("admin", "Qx7-Integration-Secret")).status())
                .isEqualTo(200);
    }

    @Test
    void prometheusShowsTheOnboardingMetersOfASubmission() {
        String key = newMerchant();
        String id = submitProhibitedCategory(key);
        awaitStatus(key, id, "REJECTED");

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Response scrape = http.get("/actuator/prometheus", Http.basic(OPERATOR, PASSWORD));
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(positive(scrape.text(), "onboarding_applications{status=\"REJECTED\"}")).isTrue();
            assertThat(positive(scrape.text(), "onboarding_application_routing_seconds_count{outcome=\"REJECT\"}"))
                    .isTrue();
            assertThat(positive(scrape.text(), "onboarding_application_decision_seconds_count{outcome=\"REJECTED\"}"))
                    .isTrue();
            assertThat(positive(scrape.text(), "onboarding_jobs_executed_total{camunda_metric=\"job-successful\","
                    + "result=\"success\"}")).isTrue();
            assertThat(positive(scrape.text(), "onboarding_jobs_acquisition_attempts_total{camunda_metric="
                    + "\"job-acquisition-attempt\"}")).isTrue();
            assertThat(positive(scrape.text(), "onboarding_ocr_duration_seconds_count")).isTrue();
            assertThat(scrape.text()).contains("onboarding_incidents_open ",
                    "onboarding_review_tasks_open{task=\"UserTask_ReviewApplication\"}",
                    "onboarding_review_tasks_overdue{task=\"UserTask_SecondReview\"}",
                    "onboarding_outbox_backlog{channel=\"mail\"}", "onboarding_outbox_backlog{channel=\"webhook\"}",
                    "onboarding_webhook_failures_total{outcome=\"given_up\"}");
        });
    }

    @Test
    void aDelegatesJsonLogLinesCarryTheApplicationAndNoAccountNumber() {
        List<String> lines = new CopyOnWriteArrayList<>();
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder ecs = new StructuredLogEncoder();
        ecs.setContext(logback);
        ecs.setFormat("ecs");
        ecs.start();
        AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                lines.add(new String(ecs.encode(event), StandardCharsets.UTF_8));
            }
        };
        capture.setContext(logback);
        capture.start();
        Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(capture);
        try {
            String key = newMerchant();
            String id = createApplication(key, completeData());
            upload(key, id, "BUSINESS_LICENSE");
            submit(key, id);
            String reference = awaitStatus(key, id, "CHANGES_REQUESTED").get("reference").asText();

            JsonNode screened = lines.stream().map(OperationsIT::json)
                    .filter(line -> line.path("message").asText().contains("screened with rule set")
                            && id.equals(line.path("applicationId").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("No screening line for " + id + " in " + lines));
            assertThat(screened.path("applicationReference").asText()).isEqualTo(reference);
            assertThat(screened.path("revision").asText()).isEqualTo("1");
            assertThat(screened.path("processInstanceId").asText()).isNotBlank();
            assertThat(screened.path("log").path("logger").asText()).endsWith("ProcessSteps");
            assertThat(lines).noneMatch(line -> line.contains("6222020200112233445") || line.contains("35020319900101123X"));
        } finally {
            root.detachAppender(capture);
            capture.stop();
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("Not one JSON object: " + line, e);
        }
    }

    /** Whether the sample of this series (name and labels as Prometheus writes them) is above zero. */
    private static boolean positive(String scrape, String series) {
        return scrape.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()) > 0).orElse(false);
    }

    @Test
    void readinessIsDownWhileTheDatabaseCannotBeReachedAndLivenessStaysUp() throws Exception {
        try {
            refuseConnections(true);
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> http.get("/actuator/health/readiness", null).status() == 503);
            Http.Response readiness = http.get("/actuator/health/readiness", null);
            assertThat(readiness.json().get("status").asText()).isEqualTo("DOWN");
            assertThat(readiness.text()).doesNotContain("postgres", "Exception");
            assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        } finally {
            refuseConnections(false);
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get("/actuator/health/readiness", null).status() == 200);
    }

    /**
     * A real outage for the application: the test database stops accepting connections (for superusers too, unlike
     * a connection limit) and the pool's open connections are ended.
     */
    private static void refuseConnections(boolean refuse) throws Exception {
        String url = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/onboarding_test");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance,
                System.getenv().getOrDefault("TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS " + !refuse);
            if (refuse) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + database + "' AND pid <> pg_backend_pid()");
            }
        }
    }
}
