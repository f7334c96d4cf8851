package com.merchantonboarding.bench;

import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.JarProcess;
import com.merchantonboarding.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.http.HttpMethod;

/**
 * Issue 12's load benchmark (docs/performance.md): the built jar on PostgreSQL, one node or two on one database,
 * driven over the merchant API as merchants drive it. Each iteration signs up {@code bench.applications}
 * merchants with a complete application (sign-up is not measured), then submits them <em>open loop</em> at
 * {@code bench.rate} a second (each submit leaves at its planned time whether or not the earlier ones have been
 * answered, and its latency counts from that time, so a stalled server is not hidden by a waiting client), and
 * waits until every application is routed. The applications have no documents: this is the automated path
 * (screening asks for them), which measures the engine, the database and the service, not OCR
 * ({@code documents.bench.InspectionBurstBenchmark} measures inspection).
 *
 * <p>Reports per iteration: submit latency p50/p95/p99, submit to routed p50/p95, routed a minute, database
 * transactions per application (from {@code pg_stat_database}, less the idle rate of the nodes' pollers measured
 * before), jobs per application (Camunda's job log), and the heap after a full collection before and after the
 * applications were routed and now wait for the merchant (per waiting application).
 *
 * <pre>
 * ./mvnw -q package -DskipTests
 * ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=LoadBenchmark \
 *     -Dbenchmark.options="-f 1 -wi 1 -i 1 -jvmArgsAppend '-Dbench.applications=300 -Dbench.rate=10 -Dbench.nodes=1'"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LoadBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 200);
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "10"));
    private static final int NODES = Integer.getInteger("bench.nodes", 1);
    private static final String HEAP = System.getProperty("bench.heap", "512m");
    private static final Path WORK = Path.of("target", "load-bench");
    private static final Pattern AFTER_GC = Pattern.compile("Pause Full.*->(\\d+)M\\(");
    private static final String ROUTED = "('IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'APPROVED', 'LIVE')";

    private final List<JarProcess> nodes = new ArrayList<>();
    private String database;
    private List<String[]> merchants;
    private int iteration;

    @Setup(Level.Trial)
    public void start() throws Exception {
        String url = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/onboarding_test");
        database = url.substring(url.lastIndexOf('/') + 1) + "_load";
        TestDatabases.recreate(database);
        Files.createDirectories(WORK);
        for (int i = 1; i <= NODES; i++) {
            nodes.add(JarProcess.start(database, List.of("-Xmx" + HEAP, "-XX:+UseParallelGC",
                            "-Xlog:gc:file=" + WORK.resolve("gc-" + i + ".log").toAbsolutePath()),
                    Map.of("DOCUMENT_STORE", "database"), WORK.resolve("node-" + i + ".log")));
        }
        for (JarProcess node : nodes) {
            node.awaitUp(Duration.ofMinutes(5));
        }
    }

    @Setup(Level.Iteration)
    public void signUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> futures = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                Http http = nodes.get(i % nodes.size()).http();
                futures.add(pool.submit(() -> newMerchant(http)));
            }
            merchants = new ArrayList<>();
            for (Future<String[]> future : futures) {
                merchants.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Benchmark
    public long submitOpenLoop() throws Exception {
        iteration++;
        long heapBefore = heapAfterFullGc();
        double idleTransactionsPerSecond = idleTransactionRate();
        long transactionsBefore = transactions();
        long[] latencies = new long[merchants.size()];
        ExecutorService clients = Executors.newCachedThreadPool();
        long start = System.nanoTime();
        long interval = (long) (1e9 / RATE);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < merchants.size(); i++) {
            long planned = start + i * interval;
            LockSupport.parkNanos(Math.max(0, planned - System.nanoTime()));
            int index = i;
            Http http = nodes.get(i % nodes.size()).http();
            calls.add(clients.submit(() -> {
                String[] m = merchants.get(index);
                Http.Response response = http.json(HttpMethod.POST, "/api/v1/applications/" + m[1] + "/submit",
                        Http.bearer(m[0]), null);
                latencies[index] = System.nanoTime() - planned;
                if (response.status() != 202) {
                    throw new IllegalStateException("Submit refused: " + response);
                }
            }));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        clients.shutdown();
        long routedAt = awaitRouted(System.nanoTime() + Duration.ofMinutes(30).toNanos());
        double seconds = (routedAt - start) / 1e9;
        // PostgreSQL's backends report their counts at most once a second, and idle ones after ten seconds.
        Thread.sleep(11_000);
        long transactions = transactions() - transactionsBefore;
        double elapsed = (System.nanoTime() - start) / 1e9;
        double net = transactions - idleTransactionsPerSecond * elapsed;
        long heapAfter = heapAfterFullGc();
        List<Duration> routed = submitToRouted();
        Arrays.sort(latencies);
        System.out.printf("%nLoad run %d: %d applications, %d node(s), %.1f submits/s open loop, heap %s%n", iteration,
                merchants.size(), nodes.size(), RATE, HEAP);
        System.out.printf("  submit latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.95) / 1e6,
                percentile(latencies, 0.99) / 1e6, latencies[latencies.length - 1] / 1e6);
        System.out.printf("  submit to routed p50 %d ms, p95 %d ms; all routed %.1f s after the first submit:"
                        + " %.0f routed a minute%n", percentile(routed, 0.50).toMillis(),
                percentile(routed, 0.95).toMillis(), seconds, merchants.size() * 60 / seconds);
        System.out.printf("  database transactions per application %.1f (%d in all, less %.1f/s of idle polling"
                + " over %.0f s); jobs per application %.1f%n", net / merchants.size(), transactions,
                idleTransactionsPerSecond, elapsed, jobsPerApplication());
        System.out.printf("  heap after a full GC: %d MB before, %d MB with these %d applications waiting for their"
                + " merchants (%.1f KB each)%n", heapBefore, heapAfter, merchants.size(),
                (heapAfter - heapBefore) * 1024.0 / merchants.size());
        return merchants.size();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        for (JarProcess node : nodes) {
            node.close();
        }
        TestDatabases.drop(database);
    }

    private static String[] newMerchant(Http http) {
        Http.Response signUp = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of(
                "email", "load-" + UUID.randomUUID() + "@example.cn", "password", "a-long-password-123",
                "displayName", "Load Tea House"));
        require(signUp, 201);
        String key = signUp.json().get("apiKey").asText();
        Http.Response created = http.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key),
                IntegrationTest.completeData());
        require(created, 201);
        return new String[] {key, created.json().get("id").asText()};
    }

    private static void require(Http.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response);
        }
    }

    /** Transactions per second while nothing is asked of the nodes: their pollers (jobs, outbox, locks). */
    private double idleTransactionRate() throws Exception {
        Thread.sleep(11_000);
        long before = transactions();
        long start = System.nanoTime();
        Thread.sleep(20_000);
        Thread.sleep(11_000);
        return (transactions() - before - 1) / ((System.nanoTime() - start) / 1e9);
    }

    /** Committed and rolled back transactions of the database so far (this query's own included). */
    private long transactions() throws SQLException {
        try (Connection connection = TestDatabases.connect(database);
             var query = connection.prepareStatement(
                     "select xact_commit + xact_rollback from pg_stat_database where datname = ?")) {
            query.setString(1, database);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long awaitRouted(long deadline) throws Exception {
        try (Connection connection = TestDatabases.connect(database);
             var query = connection.prepareStatement("select count(*) from application where id = any (?) and status in "
                     + ROUTED)) {
            query.setArray(1, ids(connection));
            while (System.nanoTime() < deadline) {
                try (var rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == merchants.size()) {
                        return System.nanoTime();
                    }
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Not every application was routed in time");
    }

    private List<Duration> submitToRouted() throws SQLException {
        List<Duration> durations = new ArrayList<>();
        try (Connection connection = TestDatabases.connect(database);
             var query = connection.prepareStatement("select a.submitted_at, min(e.occurred_at) from application a "
                     + "join application_event e on e.application_id = a.id and e.status in " + ROUTED
                     + " where a.id = any (?) group by a.id, a.submitted_at")) {
            query.setArray(1, ids(connection));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    durations.add(Duration.between(rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant()));
                }
            }
        }
        Collections.sort(durations);
        return durations;
    }

    /** Jobs Camunda created for these applications' process instances, per application. */
    private double jobsPerApplication() throws SQLException {
        try (Connection connection = TestDatabases.connect(database);
             var query = connection.prepareStatement("select count(distinct j.job_id_) from act_hi_job_log j "
                     + "join act_hi_procinst p on p.id_ = j.process_instance_id_ where p.business_key_ = any (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", merchants.stream().map(m -> m[1]).toArray()));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) / (double) merchants.size();
            }
        }
    }

    private java.sql.Array ids(Connection connection) throws SQLException {
        return connection.createArrayOf("uuid", merchants.stream().map(m -> UUID.fromString(m[1])).toArray());
    }

    /** The heap of the first node after a full collection asked for with jcmd, from its GC log, in MB. */
    private long heapAfterFullGc() throws Exception {
        Path log = WORK.resolve("gc-1.log");
        long offset = Files.exists(log) ? Files.size(log) : 0;
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(nodes.get(0).pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run failed");
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            byte[] all = Files.readAllBytes(log);
            String added = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset));
            Matcher m = AFTER_GC.matcher(added);
            long last = -1;
            while (m.find()) {
                last = Long.parseLong(m.group(1));
            }
            if (last >= 0) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No full collection in " + log);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    private static Duration percentile(List<Duration> sorted, double p) {
        return sorted.isEmpty() ? Duration.ZERO
                : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
