package com.merchantonboarding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.JarProcess;
import com.merchantonboarding.support.RequiresPostgres;
import com.merchantonboarding.support.TestDatabases;
import com.merchantonboarding.support.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Issue 12: two nodes of the built jar started at the same moment on one empty PostgreSQL database, with the
 * database document store. Both start; the schemas, the process model, the groups, rights and Tasklist filters exist
 * once; a document uploaded through one node is served by the other.
 */
@RequiresPostgres
class TwoNodesStartIT {

    private static final Path WORK = Path.of("target", "two-nodes-it");

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseCreateEverythingOnce() throws Exception {
        String database = TestDatabases.named("nodes");
        TestDatabases.recreate(database);
        List<JarProcess> nodes = new ArrayList<>();
        try {
            // The JVM options only make two JVMs booting on two cores quicker (C1 only, the serial collector).
            for (int i = 1; i <= 2; i++) {
                nodes.add(JarProcess.start(database, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                        Map.of("DOCUMENT_STORE", "database", "JOB_EXECUTOR_THREADS", "1",
                                "DOCUMENT_STORAGE", WORK.resolve("documents-" + i).toAbsolutePath().toString()),
                        WORK.resolve("node-" + i + ".log")));
            }
            // One deadline for both: the second node's start follows the first's (under a minute for both on a quiet
            // 2-core machine, minutes when other builds share it).
            long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
            for (JarProcess node : nodes) {
                node.awaitUp(Duration.ofNanos(deadline - System.nanoTime()));
            }

            try (Connection connection = TestDatabases.connect(database)) {
                assertThat(counts(connection, "select key_, count(*) from act_re_procdef group by key_"))
                        .as("versions per process definition key").containsOnly(Map.entry("merchant-onboarding", 1L),
                                Map.entry("Process_PaymentIssue", 1L));
                assertThat(counts(connection, "select name_, count(*) from act_re_deployment group by name_"))
                        .as("deployments per name").containsOnly(Map.entry("merchant-onboarding", 1L),
                                Map.entry("payment-issue", 1L));
                assertThat(counts(connection, "select 'changes', count(*) from process_model_change"))
                        .as("process model changes logged").containsOnly(Map.entry("changes", 1L));
                assertThat(counts(connection, "select 'forms', count(*) from act_ge_bytearray b join act_re_deployment d "
                        + "on b.deployment_id_ = d.id_ where b.name_ like 'forms/%'"))
                        .as("forms deployed once, with the one version").containsOnly(Map.entry("forms",
                                formCount()));
                assertThat(counts(connection, "select name_, count(*) from act_ru_filter group by name_"))
                        .as("Tasklist filters").hasSize(6).allSatisfy((name, count) -> assertThat(count).isOne());
                assertThat(counts(connection, "select coalesce(group_id_, user_id_) || ' ' || resource_type_ || ' ' "
                        + "|| resource_id_, count(*) from act_ru_authorization group by 1 having count(*) > 1"))
                        .as("authorizations granted twice").isEmpty();
                assertThat(counts(connection, "select version_id, count(*) from rule_set_activation group by 1"))
                        .as("rule set activations: one version, recorded by each node at its start")
                        .containsOnly(Map.entry(onlyKey(connection, "select version_id from rule_set_snapshot"), 2L));
                assertThat(counts(connection, "select id_, count(*) from act_id_group group by id_"))
                        .containsKeys("compliance-officers", "compliance-leads", "business-analysts", "camunda-admin");
            }
            List<String> waited = new ArrayList<>();
            for (JarProcess node : nodes) {
                String log = Files.readString(node.log());
                assertThat(log).as(node.log().toString()).contains("Start lock taken")
                        .doesNotContain("APPLICATION FAILED TO START");
                if (log.contains("Another node is starting on this database")) {
                    waited.add(node.log().toString());
                }
            }
            assertThat(waited).as("nodes that waited for the other's start (the starts overlapped)").hasSize(1);

            byte[] licence = TestFiles.jpeg(1200, 800);
            Http first = nodes.get(0).http();
            String key = first.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email",
                    "m-" + UUID.randomUUID() + "@example.cn", "password", "a-long-password-123",
                    "displayName", "Example Tea House")).json().get("apiKey").asText();
            String id = first.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key),
                    IntegrationTest.completeData()).json().get("id").asText();
            Http.Response uploaded = first.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key),
                    "BUSINESS_LICENSE", "licence.jpg", licence, "image/jpeg");
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            Http.Response fromSecond = nodes.get(1).http().bytes("/api/v1/applications/" + id + "/documents/"
                    + uploaded.json().get("id").asText() + "/content", Http.bearer(key));
            assertThat(fromSecond.status()).isEqualTo(200);
            assertThat(Base64.getDecoder().decode(fromSecond.text())).as("served by the other node")
                    .isEqualTo(licence);
        } finally {
            for (JarProcess node : nodes) {
                node.close();
            }
            TestDatabases.drop(database);
        }
    }

    /** The forms the model is deployed with: every file of bpmn/forms/. */
    private static long formCount() throws Exception {
        // The onboarding model's forms and the payment-issue form (each deployed with its own model).
        try (var files = Files.list(Path.of("bpmn", "forms"));
             var paymentIssueForms = Files.list(Path.of("bpmn", "payment-issue-forms"))) {
            return files.filter(Files::isRegularFile).count() + paymentIssueForms.filter(Files::isRegularFile).count();
        }
    }

    /** The one row's value of a query, failing when it gives more or fewer rows. */
    private static String onlyKey(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        assertThat(values).as(sql).hasSize(1);
        return values.get(0);
    }

    private static Map<String, Long> counts(Connection connection, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
