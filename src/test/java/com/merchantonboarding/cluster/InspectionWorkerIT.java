package com.merchantonboarding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.documents.InspectionBurst;
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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Issue 12: the built jar as an application node without a worker and as a worker-only process (profile
 * {@code worker}) on one PostgreSQL database. An application submitted to the application node is inspected by the
 * worker process, which fetched the task from the application node's /engine-rest as the worker user. The worker
 * process serves nothing but the actuator, and the worker user cannot do on /engine-rest what it does not need.
 * Then the worker is killed in the middle of an inspection: its task is fetched by a new worker once the lock
 * expires, and inspected once.
 */
@RequiresPostgres
class InspectionWorkerIT {

    private static final Path WORK = Path.of("target", "inspection-worker-it");
    private static final List<String> JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @Test
    void anApplicationIsInspectedByTheSeparateWorkerProcess() throws Exception {
        String database = TestDatabases.named("worker");
        TestDatabases.recreate(database);
        List<JarProcess> processes = new ArrayList<>();
        try {
            JarProcess application = JarProcess.start(database, JVM, Map.of("DOCUMENT_STORE", "database",
                    "INSPECTION_WORKER_ENABLED", "false", "JOB_EXECUTOR_THREADS", "1"), WORK.resolve("application.log"));
            processes.add(application);
            application.awaitUp(Duration.ofMinutes(5));
            // Short locks, so that the second part does not wait two minutes for the killed worker's lock.
            JarProcess worker = JarProcess.start("worker", database, JVM, Map.of("DOCUMENT_STORE", "database",
                    "ENGINE_REST_URL", application.engineRestUrl(), "ONBOARDING_WORKER_LOCKDURATION", "PT15S"),
                    WORK.resolve("worker.log"));
            processes.add(worker);
            worker.awaitUp(Duration.ofMinutes(5));

            // The worker process: the actuator's probes, nothing else.
            Http workerHttp = worker.http();
            assertThat(workerHttp.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email", "x@example.cn"))
                    .status()).isEqualTo(403);
            assertThat(workerHttp.get("/engine-rest/version", Http.basic("inspectionworker",
                    JarProcess.WORKER_PASSWORD)).status()).isEqualTo(403);
            assertThat(workerHttp.get("/camunda/app/tasklist/", null).status()).isEqualTo(403);
            assertThat(workerHttp.get("/portal/", null).status()).isEqualTo(403);

            Http http = application.http();
            String key = merchant(http);
            Map<String, byte[]> small = new java.util.LinkedHashMap<>();
            IntegrationTest.COMPANY_DOCUMENTS.forEach(type -> small.put(type, TestFiles.jpeg(1200, 800)));
            String id = submitted(http, key, small);
            assertRouted(http, key, id);

            try (Connection connection = TestDatabases.connect(database)) {
                assertThat(strings(connection, "select worker_id_ from act_hi_ext_task_log where topic_name_ = "
                        + "'inspect-documents' and state_ = 2"))
                        .as("the worker that completed the inspection")
                        .singleElement().asString().startsWith("inspection@" + worker.pid() + "@");
                assertThat(strings(connection, "select count(*) from document_inspection")).containsExactly("4");
            }
            assertThat(Files.readString(worker.log())).contains("Inspection worker fetching inspect-documents from "
                    + application.engineRestUrl() + " as inspectionworker");
            assertThat(Files.readString(application.log())).doesNotContain("Inspection worker fetching");

            // The worker's user on the application node: external tasks only.
            var asWorker = Http.basic("inspectionworker", JarProcess.WORKER_PASSWORD);
            assertThat(http.json(HttpMethod.POST, "/engine-rest/task/" + UUID.randomUUID() + "/complete", asWorker,
                    Map.of()).status()).isEqualTo(403);
            assertThat(http.get("/engine-rest/process-instance", asWorker).status()).isEqualTo(403);
            assertThat(http.json(HttpMethod.POST, "/engine-rest/external-task/fetchAndLock", asWorker, Map.of(
                    "workerId", "it", "maxTasks", 1, "topics", List.of(Map.of("topicName", "inspect-documents",
                            "lockDuration", 1000)))).status()).isEqualTo(200);

            // A worker that dies in the middle of an inspection (photo-sized documents: seconds of OCR).
            String key2 = merchant(http);
            String second = submitted(http, key2, InspectionBurst.Dossier.photos().byType());
            String killedWorker = "inspection@" + worker.pid() + "@%";
            try (Connection connection = TestDatabases.connect(database)) {
                Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() ->
                        !strings(connection, "select id_ from act_ru_ext_task where topic_name_ = 'inspect-documents' "
                                + "and worker_id_ like '" + killedWorker + "' and lock_exp_time_ > now()").isEmpty());
            }
            worker.kill();
            try (Connection connection = TestDatabases.connect(database)) {
                assertThat(strings(connection, "select count(*) from act_ru_ext_task where topic_name_ = "
                        + "'inspect-documents'")).as("the task is still there, locked by the dead worker")
                        .containsExactly("1");
            }
            JarProcess next = JarProcess.start("worker", database, JVM, Map.of("DOCUMENT_STORE", "database",
                    "ENGINE_REST_URL", application.engineRestUrl()), WORK.resolve("worker-2.log"));
            processes.add(next);
            next.awaitUp(Duration.ofMinutes(5));
            Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    !http.get("/api/v1/applications/" + second, Http.bearer(key2)).json().get("status").asText()
                            .equals("SUBMITTED"));
            try (Connection connection = TestDatabases.connect(database)) {
                assertThat(strings(connection, "select worker_id_ from act_hi_ext_task_log where topic_name_ = "
                        + "'inspect-documents' and state_ = 2 order by timestamp_"))
                        .as("completed by the first worker, then by the second").hasSize(2)
                        .last().asString().startsWith("inspection@" + next.pid() + "@");
                assertThat(strings(connection, "select count(*) from document_inspection")).as("inspected once each")
                        .containsExactly("8");
            }
        } finally {
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).close();
            }
            TestDatabases.drop(database);
        }
    }

    private static String merchant(Http http) {
        return http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email",
                "m-" + UUID.randomUUID() + "@example.cn", "password", "a-long-password-123",
                "displayName", "Example Tea House")).json().get("apiKey").asText();
    }

    /** An application with these documents (by type), submitted through the application node. */
    private static String submitted(Http http, String key, Map<String, byte[]> documents) {
        String id = http.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key),
                IntegrationTest.completeData()).json().get("id").asText();
        documents.forEach((type, bytes) -> {
            Http.Response uploaded = http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key),
                    type, type.toLowerCase() + ".jpg", bytes, "image/jpeg");
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        });
        Http.Response submitted = http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/submit",
                Http.bearer(key), null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        return id;
    }

    private static void assertRouted(Http http, String key, String id) {
        String status = Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get("/api/v1/applications/" + id, Http.bearer(key)).json().get("status")
                        .asText(), s -> !s.equals("SUBMITTED"));
        assertThat(status).as("routed after inspection and screening").isIn("CHANGES_REQUESTED", "IN_REVIEW",
                "REJECTED");
    }

    private static List<String> strings(Connection connection, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
