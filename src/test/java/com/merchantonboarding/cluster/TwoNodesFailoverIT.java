package com.merchantonboarding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.merchantonboarding.notification.WebhookReceiver;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.JarProcess;
import com.merchantonboarding.support.RequiresPostgres;
import com.merchantonboarding.support.TestDatabases;
import com.merchantonboarding.support.TestFiles;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

/**
 * Issue 12: two nodes of the built jar on one PostgreSQL database (the database document store), each with its job
 * executor, inspection worker and outbox worker, a GreenMail SMTP server and a webhook receiver. 200 merchants sign up
 * alternately on both nodes, register a webhook and submit an application. While inspections and screenings are
 * running, one node is killed with SIGKILL. The other finishes every application once the dead node's locks expire
 * (short locks here: 15 s): every application routed, no incident, no exhausted job, every revision inspected,
 * screened and moved once, every mail received once and every webhook event delivered once. The one exception the
 * outbox's design allows (docs/notifications.md): a mail or webhook the dead node was sending at the moment it died
 * may arrive a second time, because the node died before it could record that it was accepted. That exception is
 * bounded to exactly those deliveries: the ones the dead node still held when it was killed.
 */
@RequiresPostgres
class TwoNodesFailoverIT {

    private static final Path WORK = Path.of("target", "two-nodes-failover-it");
    private static final int APPLICATIONS = 200;
    private static final String ROUTED = "('IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'APPROVED')";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    /** One merchant with its application, and the node it was created on. */
    private record Merchant(String email, String key, String applicationId, int node) {
    }

    @Test
    void theSurvivorFinishesEveryApplicationOnceWhenTheOtherNodeIsKilled() throws Exception {
        long started = System.nanoTime();
        String database = TestDatabases.named("failover");
        TestDatabases.recreate(database);
        List<JarProcess> nodes = new ArrayList<>();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            for (int i = 1; i <= 2; i++) {
                // C1 only and the serial collector: two JVMs on two cores start quicker and compile less.
                nodes.add(JarProcess.start(database, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC"), node(i), WORK.resolve("node-" + i + ".log")));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            for (JarProcess node : nodes) {
                node.awaitUp(Duration.ofNanos(deadline - System.nanoTime()));
            }
            long up = System.nanoTime();
            progress("both nodes up", started, nodes);

            List<Merchant> merchants = prepared(nodes, receiver.url());
            long prepared = System.nanoTime();
            progress(merchants.size() + " merchants signed up with their applications", started, nodes);
            submitAll(nodes, merchants);
            long submitted = System.nanoTime();
            double cpuAtSubmit = cpuSeconds(nodes);

            JarProcess victim = nodes.get(0);
            JarProcess survivor = nodes.get(1);
            Snapshot atKill;
            double cpuAtKill;
            double survivorCpuAtKill;
            try (Connection connection = TestDatabases.connect(database)) {
                awaitMidway(connection, victim);
                cpuAtKill = cpuSeconds(nodes);
                survivorCpuAtKill = cpuSeconds(List.of(survivor));
                progress("killing node 1", started, nodes);
                victim.kill();
                atKill = snapshot(connection, victim);
            }
            long killed = System.nanoTime();
            assertThat(survivor.alive()).isTrue();
            assertThat(atKill.routed()).as("routed when the node was killed").isBetween(1, APPLICATIONS * 3 / 4);
            assertThat(atKill.inspectionsHeld()).as("inspections the dead node held").isNotEmpty();

            try (Connection connection = TestDatabases.connect(database)) {
                awaitAllRouted(connection, Duration.ofMinutes(10));
                long routed = System.nanoTime();
                progress("all routed", started, nodes);
                awaitOutboxEmpty(connection, Duration.ofMinutes(3));
                long done = System.nanoTime();
                double cpuAtEnd = cpuSeconds(List.of(survivor));

                System.out.printf("TwoNodesFailoverIT: up %.0f s, %d merchants prepared %.0f s, submitted %.1f s,"
                                + " killed %.0f s after the first submit with %d routed, %d inspections and %d mails,"
                                + " %d webhooks held by the dead node; all routed %.0f s after the kill; outbox"
                                + " empty %.0f s later; %.0f s in all%n",
                        seconds(started, up), merchants.size(), seconds(up, prepared), seconds(prepared, submitted),
                        seconds(submitted, killed), atKill.routed(), atKill.inspectionsHeld().size(),
                        atKill.mailsHeld().size(), atKill.webhooksHeld().size(), seconds(killed, routed),
                        seconds(routed, done), seconds(started, done));
                System.out.printf("TwoNodesFailoverIT: CPU of the nodes %.0f s at the first submit (start and"
                                + " sign-ups), %.0f s more until the kill, the survivor's %.0f s more until the end;"
                                + " load average %.1f%n", cpuAtSubmit, cpuAtKill - cpuAtSubmit,
                        cpuAtEnd - survivorCpuAtKill, java.lang.management.ManagementFactory
                                .getOperatingSystemMXBean().getSystemLoadAverage());

                System.out.printf("TwoNodesFailoverIT: the dead node's inspections completed by the survivor"
                        + " %s s after the kill (locks of 15 s)%n", only(connection, "select round(extract(epoch from"
                        + " max(timestamp_) - '" + atKill.at() + "'::timestamptz)) from act_hi_ext_task_log where"
                        + " state_ = 2 and ext_task_id_ in (" + quoted(atKill.inspectionsHeld()) + ")"));
                assertProcessesFinishedOnce(connection, merchants, atKill, survivor);
                assertMailsOnce(connection, merchants, atKill);
                assertWebhooksOnce(connection, merchants, receiver, atKill);
            }
            String survivorLog = Files.readString(survivor.log());
            assertThat(survivorLog).doesNotContain("OutOfMemoryError");
        } finally {
            for (JarProcess node : nodes) {
                node.close();
            }
            TestDatabases.drop(database);
        }
    }

    /**
     * A node's settings: the database document store, short locks so the survivor takes over in seconds (job
     * executor 15 s, inspection tasks 15 s, outbox claims 15 s), mail to GreenMail, webhooks to 127.0.0.1, and
     * a name for the node in the job log and the outbox claims.
     */
    private static Map<String, String> node(int i) {
        Map<String, String> env = new HashMap<>();
        env.put("DOCUMENT_STORE", "database");
        env.put("DOCUMENT_STORAGE", WORK.resolve("documents-" + i).toAbsolutePath().toString());
        env.put("JOB_EXECUTOR_THREADS", "2");
        env.put("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", "15000");
        env.put("ONBOARDING_WORKER_LOCKDURATION", "PT15S");
        env.put("ONBOARDING_NOTIFICATIONS_WORKER_CLAIMTIMEOUT", "PT15S");
        env.put("ONBOARDING_NOTIFICATIONS_WORKER_NODEID", "node-" + i);
        env.put("CAMUNDA_BPM_GENERICPROPERTIES_PROPERTIES_HOSTNAME", "node-" + i);
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", String.valueOf(SMTP_PORT));
        env.put("ONBOARDING_WEBHOOKS_ALLOWINSECURELOCAL", "true");
        return env;
    }

    /**
     * Signs up the merchants (alternately on the two nodes), each registering a webhook and creating an application
     * with its documents: every fourth one with the four of a company, the others with the licence alone
     * (screening then asks for the rest, which the merchant is mailed). The images are small (a licence of 1200 × 800
     * pixels, the others 800 × 500): inspection, OCR of the licence included, stays short.
     */
    private static List<Merchant> prepared(List<JarProcess> nodes, String webhookUrl) throws Exception {
        byte[] licence = TestFiles.jpeg(1200, 800);
        byte[] other = TestFiles.jpeg(800, 500);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Merchant>> futures = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    int node = index % 2;
                    Http http = nodes.get(node).http();
                    String email = "failover-" + index + "-" + UUID.randomUUID().toString().substring(0, 8)
                            + "@example.cn";
                    Http.Response signUp = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email",
                            email, "password", "a-long-password-123", "displayName", "Failover Tea House " + index,
                            "locale", index % 3 == 0 ? "zh-CN" : "en"));
                    require(signUp, 201);
                    String key = signUp.json().get("apiKey").asText();
                    require(http.json(HttpMethod.POST, "/api/v1/webhooks", Http.bearer(key),
                            Map.of("url", webhookUrl)), 201);
                    Http.Response created = http.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key),
                            IntegrationTest.completeData());
                    require(created, 201);
                    String id = created.json().get("id").asText();
                    List<String> types = index % 4 == 0 ? IntegrationTest.COMPANY_DOCUMENTS
                            : List.of("BUSINESS_LICENSE");
                    for (String type : types) {
                        require(http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key), type,
                                type.toLowerCase() + ".jpg", type.equals("BUSINESS_LICENSE") ? licence : other,
                                "image/jpeg"), 201);
                    }
                    return new Merchant(email, key, id, node);
                }));
            }
            List<Merchant> merchants = new ArrayList<>();
            for (Future<Merchant> future : futures) {
                merchants.add(future.get());
            }
            return merchants;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Submits every application on the node it was created on, all at once (a backlog for both nodes). */
    private static void submitAll(List<JarProcess> nodes, List<Merchant> merchants) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Merchant merchant : merchants) {
                futures.add(pool.submit(() -> require(nodes.get(merchant.node()).http().json(HttpMethod.POST,
                        "/api/v1/applications/" + merchant.applicationId() + "/submit", Http.bearer(merchant.key()),
                        null), 202)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits for the middle of the work: some applications routed, most still waiting for inspection or screening,
     * and the victim's worker holding at least one inspection.
     */
    private static void awaitMidway(Connection connection, JarProcess victim) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            int routed = routed(connection);
            if (routed > APPLICATIONS * 7 / 10) {
                throw new AssertionError("Too late to kill a node: " + routed + " applications already routed");
            }
            if (routed >= APPLICATIONS / 13 && !strings(connection, "select id_ from act_ru_ext_task where worker_id_ like '"
                    + workerOf(victim) + "' and lock_exp_time_ > now()").isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No application was routed in time");
    }

    /** What the dead node held when it was killed, read right after its death. */
    private record Snapshot(String at, int routed, Set<String> inspectionsHeld, Set<String> mailsHeld,
                            Set<String> webhooksHeld) {
    }

    private static Snapshot snapshot(Connection connection, JarProcess victim) throws SQLException {
        return new Snapshot(only(connection, "select now()::text"), routed(connection),
                new HashSet<>(strings(connection, "select id_ from act_ru_ext_task where worker_id_ like '"
                        + workerOf(victim) + "' and lock_exp_time_ > now()")),
                new HashSet<>(strings(connection, "select id::text from mail_delivery where claimed_by = 'node-1'"
                        + " and state = 'PENDING'")),
                new HashSet<>(strings(connection, "select id::text from webhook_delivery where claimed_by = 'node-1'"
                        + " and state = 'PENDING'")));
    }

    private static void awaitAllRouted(Connection connection, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int routed = 0;
        while (System.nanoTime() < deadline) {
            routed = routed(connection);
            if (routed == APPLICATIONS) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Only " + routed + " of " + APPLICATIONS + " applications routed in " + timeout
                + "; not routed, by status: " + counts(connection, "select status, count(*) from application"
                + " where status not in " + ROUTED + " group by status"));
    }

    private static void awaitOutboxEmpty(Connection connection, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String pending = "select 'mail', count(*) from mail_delivery where state <> 'DELIVERED' union all"
                + " select 'webhook', count(*) from webhook_delivery where state <> 'DELIVERED'";
        Map<String, Long> left = Map.of();
        while (System.nanoTime() < deadline) {
            left = counts(connection, pending);
            if (left.values().stream().allMatch(n -> n == 0)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Deliveries not made in " + timeout + ": " + left);
    }

    /**
     * Every application routed, each revision inspected, screened and moved once; the dead node's inspections taken
     * over and completed by the survivor; no incident, no failed job, nothing left running but review tasks and
     * the timers of waiting merchants.
     */
    private static void assertProcessesFinishedOnce(Connection connection, List<Merchant> merchants, Snapshot atKill,
                                                    JarProcess survivor) throws SQLException {
        Map<String, Long> byStatus = counts(connection, "select status, count(*) from application group by status");
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(APPLICATIONS);
        assertThat(byStatus.keySet()).as("statuses").allMatch(s -> ROUTED.contains("'" + s + "'"));
        assertThat(strings(connection, "select count(*) from act_ru_task t join act_ru_execution e"
                + " on e.id_ = t.proc_inst_id_ join application a on a.id::text = e.business_key_"
                + " where t.task_def_key_ = 'UserTask_ReviewApplication' and a.status = 'IN_REVIEW'"))
                .as("a review task for each application in review")
                .containsExactly(String.valueOf(byStatus.getOrDefault("IN_REVIEW", 0L)));

        assertThat(counts(connection, "select 'incidents', count(*) from act_ru_incident"))
                .containsExactly(Map.entry("incidents", 0L));
        assertThat(counts(connection, "select 'waiting inspections', count(*) from act_ru_ext_task"))
                .containsExactly(Map.entry("waiting inspections", 0L));
        assertThat(strings(connection, "select act_id_ || ': ' || coalesce(job_exception_msg_, '')"
                + " from act_hi_job_log where job_state_ = 1")).as("failed job runs").isEmpty();
        assertThat(strings(connection, "select act_id_ || ': ' || coalesce(error_msg_, '')"
                + " from act_hi_ext_task_log where state_ = 3")).as("failed inspections").isEmpty();
        assertThat(strings(connection, "select id_ from act_ru_job where retries_ = 0"))
                .as("jobs out of retries").isEmpty();

        // Each submitted revision: one completed inspection task, one screening job run, one screening stored,
        // one status change to each status, and each of its documents inspected.
        assertThat(counts(connection, "select e.business_key_, count(*) from act_hi_ext_task_log l"
                + " join act_hi_procinst e on e.id_ = l.proc_inst_id_ where l.state_ = 2 group by 1"))
                .as("completed inspections per application").hasSize(APPLICATIONS)
                .allSatisfy((application, count) -> assertThat(count).as(application).isOne());
        assertThat(counts(connection, "select e.business_key_, count(*) from act_hi_job_log l"
                + " join act_hi_procinst e on e.id_ = l.process_instance_id_"
                + " where l.act_id_ = 'BusinessRuleTask_ScreenApplication' and l.job_state_ = 2 group by 1"))
                .as("screening jobs run per application").hasSize(APPLICATIONS)
                .allSatisfy((application, count) -> assertThat(count).as(application).isOne());
        assertThat(counts(connection, "select application_id || ' ' || revision, count(*) from screening group by 1"))
                .as("screenings per revision").hasSize(APPLICATIONS)
                .allSatisfy((revision, count) -> assertThat(count).as(revision).isOne());
        assertThat(counts(connection, "select application_id || ' ' || revision || ' ' || status, count(*)"
                + " from application_event group by 1 having count(*) > 1")).as("status changes recorded twice")
                .isEmpty();
        assertThat(counts(connection, "select status, count(*) from application_event group by 1"))
                .as("status changes").containsEntry("SUBMITTED", (long) APPLICATIONS)
                .containsEntry("DRAFT", (long) APPLICATIONS);
        assertThat(strings(connection, "select d.id from document d left join document_inspection i"
                + " on i.document_id = d.id where i.document_id is null")).as("documents not inspected").isEmpty();

        // The dead node's inspections: fetched again by the survivor after the lock expired, and completed by it.
        String inClause = quoted(atKill.inspectionsHeld());
        assertThat(strings(connection, "select distinct ext_task_id_ from act_hi_ext_task_log where state_ = 2"
                + " and worker_id_ like '" + workerOf(survivor) + "' and ext_task_id_ in (" + inClause + ")"))
                .as("the dead node's inspections, completed by the survivor")
                .containsExactlyInAnyOrderElementsOf(atKill.inspectionsHeld());
        assertThat(counts(connection, "select hostname_, count(*) from act_hi_job_log where job_state_ = 2"
                + " and act_id_ = 'BusinessRuleTask_ScreenApplication' group by 1"))
                .as("screening jobs run by each node").containsKey("node-2");
    }

    /**
     * Each merchant gets each mail once: the outbox's mail rows all delivered once, and GreenMail holds each
     * (recipient, subject) once, the mail of an application that screening sent back to its merchant among them.
     * A second copy is allowed only for the mail the dead node was sending when it died.
     */
    private static void assertMailsOnce(Connection connection, List<Merchant> merchants, Snapshot atKill)
            throws Exception {
        Map<String, String> heldMails = new HashMap<>();
        for (String id : atKill.mailsHeld()) {
            heldMails.put(only(connection, "select recipient || ' ' || template from mail_delivery where id = '"
                    + id + "'"), id);
        }
        Map<String, Long> received = new TreeMap<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            received.merge(message.getAllRecipients()[0].toString() + " | " + message.getSubject(), 1L, Long::sum);
        }
        Map<String, String> references = new HashMap<>();
        Map<String, String> statuses = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id::text, reference, status from application")) {
            while (rows.next()) {
                references.put(rows.getString(1), rows.getString(2));
                statuses.put(rows.getString(1), rows.getString(3));
            }
        }
        int mailed = 0;
        for (Merchant merchant : merchants) {
            String status = statuses.get(merchant.applicationId());
            String reference = references.get(merchant.applicationId());
            List<Map.Entry<String, Long>> mails = received.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(merchant.email() + " | ")).toList();
            if (status.equals("CHANGES_REQUESTED") || status.equals("REJECTED")) {
                mailed++;
                assertThat(mails).as("mails to " + merchant.email()).singleElement()
                        .satisfies(e -> assertThat(e.getKey()).contains(reference));
                String template = status.equals("REJECTED") ? "rejected" : "changes-requested";
                long allowed = heldMails.containsKey(merchant.email() + " " + template) ? 2 : 1;
                assertThat(mails.get(0).getValue()).as("copies of " + mails.get(0).getKey()).isBetween(1L, allowed);
            } else {
                assertThat(mails).as("mails to " + merchant.email() + " (" + status + ")").isEmpty();
            }
        }
        assertThat(mailed).as("merchants mailed").isPositive();
        assertThat(received.values().stream().mapToLong(Long::longValue).sum() - received.size())
                .as("second copies").isLessThanOrEqualTo(heldMails.size());
        // Attempts count recorded tries: a try the dead node never recorded is not among them.
        assertThat(counts(connection, "select state || ' ' || attempts, count(*) from mail_delivery group by 1"))
                .as("mail deliveries by state and attempts").containsOnly(Map.entry("DELIVERED 1", (long) mailed));
    }

    /**
     * Each webhook event delivered once: every application's SUBMITTED event and the event of its routed status
     * reached the merchant's receiver, each event id once (the receiver answered 204 every time, so a second
     * request for an event id is a second delivery), except an event the dead node was posting when it died.
     */
    private static void assertWebhooksOnce(Connection connection, List<Merchant> merchants, WebhookReceiver receiver,
                                           Snapshot atKill) throws Exception {
        Set<String> heldEvents = new HashSet<>();
        for (String id : atKill.webhooksHeld()) {
            heldEvents.add(only(connection, "select event_id::text from webhook_delivery where id = '" + id + "'"));
        }
        Map<String, Long> requestsPerEvent = new HashMap<>();
        Map<String, Set<String>> typesPerApplication = new HashMap<>();
        for (WebhookReceiver.Request request : receiver.requests()) {
            JsonNode body = JSON.readTree(request.body());
            assertThat(body.get("id").asText()).isEqualTo(request.eventIdHeader());
            requestsPerEvent.merge(request.eventIdHeader(), 1L, Long::sum);
            typesPerApplication.computeIfAbsent(body.at("/data/applicationId").asText(), k -> new HashSet<>())
                    .add(body.get("type").asText());
        }
        Map<String, Long> twice = requestsPerEvent.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(twice.keySet()).as("events delivered more than once: only those the dead node was posting")
                .isSubsetOf(heldEvents);
        assertThat(twice.values()).allSatisfy(n -> assertThat(n).isEqualTo(2L));

        Map<String, String> statuses = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id::text, status from application")) {
            while (rows.next()) {
                statuses.put(rows.getString(1), rows.getString(2));
            }
        }
        for (Merchant merchant : merchants) {
            String routed = "application." + statuses.get(merchant.applicationId()).toLowerCase();
            assertThat(typesPerApplication.get(merchant.applicationId())).as("events of " + merchant.applicationId())
                    .containsExactlyInAnyOrder("application.submitted", routed);
        }
        assertThat(requestsPerEvent).hasSize(2 * APPLICATIONS);
        assertThat(counts(connection, "select state || ' ' || attempts, count(*) from webhook_delivery group by 1"))
                .as("webhook deliveries by state and attempts")
                .containsOnly(Map.entry("DELIVERED 1", (long) 2 * APPLICATIONS));
    }

    private static void progress(String what, long started, List<JarProcess> nodes) {
        System.out.printf("TwoNodesFailoverIT %5.1f s: %s; CPU of the nodes %.1f s, load average %.1f%n",
                seconds(started, System.nanoTime()), what, cpuSeconds(nodes),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * CPU seconds the processes and their finished children (the Tesseract runs) have used so far, from
     * /proc/[pid]/stat (utime, stime, cutime, cstime in clock ticks of 1/100 s); 0 where there is no /proc. A killed
     * process keeps the figure it had when it was last read.
     */
    private static double cpuSeconds(List<JarProcess> processes) {
        double seconds = 0;
        for (JarProcess process : processes) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields[0] is the state (field 3 of the file): utime is field 14, so index 11.
                for (int i = 11; i <= 14; i++) {
                    seconds += Long.parseLong(fields[i]) / 100.0;
                }
            } catch (IOException | RuntimeException gone) {
                // no /proc, or the process is gone
            }
        }
        return seconds;
    }

    private static String quoted(Set<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }

    private static String workerOf(JarProcess node) {
        return "inspection@" + node.pid() + "@%";
    }

    private static int routed(Connection connection) throws SQLException {
        return Integer.parseInt(only(connection, "select count(*) from application where status in " + ROUTED));
    }

    private static void require(Http.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response);
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static String only(Connection connection, String sql) throws SQLException {
        List<String> values = strings(connection, sql);
        assertThat(values).as(sql).hasSize(1);
        return values.get(0);
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
