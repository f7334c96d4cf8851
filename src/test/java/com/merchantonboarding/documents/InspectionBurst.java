package com.merchantonboarding.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.JarProcess;
import com.merchantonboarding.support.TestDatabases;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.springframework.http.HttpMethod;

/**
 * A burst of merchants against the built jar, as issue 16 measured it from outside: the application runs in a JVM
 * of its own with a small heap ({@code -Xmx384m} by default) and the Docker image's collector (parallel) on a PostgreSQL database of its own; {@code n}
 * merchants each upload four photo-sized documents (the licence a 4000 × 2950 JPEG phone photo, the ID card sides
 * and the bank proof about 4000 × 2800) and then all submit at once; the burst ends when every application has left
 * {@code SUBMITTED}. What it reports comes from outside the application: statuses over the API, incidents and
 * failed job runs over {@code /engine-rest}, CPU from {@code /proc} (the JVM's own, and that of its finished child
 * processes, which are the Tesseract runs), heap after each collection from the JVM's GC log, and
 * {@code OutOfMemoryError}s from its log. Used by {@code InspectionBurstIT} (outcomes) and
 * {@code bench.InspectionBurstBenchmark} (figures).
 */
public final class InspectionBurst implements AutoCloseable {

    private static final String ADMIN_PASSWORD = "Qx7-Burst-Run-Secret";
    private static final Set<String> ROUTED = Set.of("IN_REVIEW", "CHANGES_REQUESTED", "REJECTED", "APPROVED", "LIVE");
    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final JarProcess application;
    /** Worker-only processes, when the application node's own worker is off ({@link #start(String, String, Path, int)}). */
    private final List<JarProcess> workers = new ArrayList<>();
    private final Path workDirectory;
    private final Http http;
    private final String database;

    /** The four documents every merchant of the burst uploads, made once (about 4 MB each). */
    public record Dossier(byte[] licence, byte[] idFront, byte[] idBack, byte[] bankProof) {

        public static Dossier photos() {
            byte[] licence = Encodings.jpeg(BenchmarkAccess.photo(4000, 8), 0.9f);
            BufferedImage card = card();
            byte[] front = Encodings.jpeg(Distortions.photo(Distortions.resize(card, 3480), 3, 8, 7), 0.9f);
            byte[] back = Encodings.jpeg(Distortions.photo(Distortions.resize(card, 3480), -2, 8, 8), 0.9f);
            byte[] bank = Encodings.jpeg(Distortions.photo(LicenceRenderer.scan(
                    LicenceRenderer.Licence.xiamenTrading(), 3480), 1, 8, 9), 0.9f);
            return new Dossier(licence, front, back, bank);
        }

        private static BufferedImage card() {
            try {
                return ImageIO.read(new ByteArrayInputStream(TestImages.idLike()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Map<String, byte[]> byType() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("BUSINESS_LICENSE", licence);
            files.put("LEGAL_REP_ID_FRONT", idFront);
            files.put("LEGAL_REP_ID_BACK", idBack);
            files.put("BANK_ACCOUNT_PROOF", bankProof);
            return files;
        }
    }

    /** What a burst gave: per application the status reached and the time from submit to it. */
    public record Result(int applications, Map<String, String> statuses, List<Duration> submitToRouted,
                         Duration wall, double jvmCpuSeconds, double childCpuSeconds,
                         Map<String, Double> jvmCpuSecondsByThread, long peakHeapAfterGcMb,
                         int garbageCollections) {

        public long routed() {
            return statuses.values().stream().filter(ROUTED::contains).count();
        }

        public Duration percentile(double p) {
            List<Duration> sorted = new ArrayList<>(submitToRouted);
            Collections.sort(sorted);
            return sorted.isEmpty() ? Duration.ZERO
                    : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
        }

        public double dossiersPerMinute() {
            return routed() * 60_000.0 / Math.max(1, wall.toMillis());
        }
    }

    private InspectionBurst(JarProcess application, Path workDirectory, String database) {
        this.application = application;
        this.workDirectory = workDirectory;
        this.http = application.http();
        this.database = database;
    }

    /**
     * Starts the built jar on a fresh PostgreSQL database named {@code database} (on the server of
     * {@code TEST_DB_URL}), with this heap, its log and GC log in {@code workDirectory}.
     */
    public static InspectionBurst start(String heap, String database, Path workDirectory) throws Exception {
        return start(heap, database, workDirectory, 0);
    }

    /**
     * The same, and with {@code workers} > 0 the application node without its own inspection worker and that many
     * worker-only processes (profile {@code worker}, same heap) fetching from it; their logs are
     * {@code worker-<n>.log}, and their CPU counts with the application's.
     */
    public static InspectionBurst start(String heap, String database, Path workDirectory, int workers)
            throws Exception {
        TestDatabases.recreate(database);
        Files.createDirectories(workDirectory);
        // The collector the Docker image runs with (docker/Dockerfile).
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-XX:+UseParallelGC",
                "-Xlog:gc:file=" + workDirectory.resolve("gc.log") + ":uptime"));
        // More JVM options for the application, e.g. -Dburst.jvmArgs=-XX:StartFlightRecording=filename=burst.jfr
        String more = System.getProperty("burst.jvmArgs", "").strip();
        if (!more.isEmpty()) {
            options.addAll(List.of(more.split("\\s+")));
        }
        Map<String, String> environment = new LinkedHashMap<>(Map.of("CAMUNDA_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "DOCUMENT_STORAGE", workDirectory.resolve("documents").toString()));
        if (workers > 0) {
            // Separate workers read the documents from the database, as in docker/compose.yaml.
            environment.put("DOCUMENT_STORE", "database");
            environment.put("INSPECTION_WORKER_ENABLED", "false");
        }
        JarProcess application = JarProcess.start(database, options, environment,
                workDirectory.resolve("application.log"));
        InspectionBurst burst = new InspectionBurst(application, workDirectory, database);
        try {
            application.awaitUp(Duration.ofMinutes(3));
            for (int i = 1; i <= workers; i++) {
                Map<String, String> workerEnvironment = new LinkedHashMap<>(environment);
                workerEnvironment.remove("INSPECTION_WORKER_ENABLED");
                workerEnvironment.put("ENGINE_REST_URL", application.engineRestUrl());
                burst.workers.add(JarProcess.start("worker", database, List.of("-Xmx" + heap), workerEnvironment,
                        workDirectory.resolve("worker-" + i + ".log")));
            }
            for (JarProcess worker : burst.workers) {
                worker.awaitUp(Duration.ofMinutes(3));
            }
        } catch (RuntimeException | InterruptedException e) {
            burst.close();
            throw e;
        }
        return burst;
    }

    /** Signs up {@code n} merchants, each with a complete application and the dossier's four documents. */
    public List<Merchant> prepare(int n, Dossier dossier) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Merchant>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> newMerchant(dossier)));
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

    /** Submits every application at once and waits until each has left SUBMITTED, or {@code timeout} passed. */
    public Result submitAll(List<Merchant> merchants, Duration timeout) throws Exception {
        return submit(merchants, Duration.ZERO, timeout);
    }

    /**
     * Submits the applications one every {@code interval} (a steady arrival rate; zero: all at once) and waits until
     * each has left SUBMITTED, or {@code timeout} passed after the last submission.
     */
    public Result submit(List<Merchant> merchants, Duration interval, Duration timeout) throws Exception {
        long[] cpuBefore = cpuTicks();
        Map<Long, Map.Entry<String, Long>> threadsBefore = cpuTicksByThread();
        long gcLogStart = Files.exists(gcLog()) ? Files.size(gcLog()) : 0;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(merchants.size());
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < merchants.size(); i++) {
                int index = i;
                long due = start + interval.toNanos() * i;
                while (System.nanoTime() < due) {
                    Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
                }
                calls.add(pool.submit(() -> {
                    Merchant m = merchants.get(index);
                    Http.Response response = http.json(HttpMethod.POST, "/api/v1/applications/" + m.applicationId()
                            + "/submit", Http.bearer(m.apiKey()), null);
                    if (response.status() != 202) {
                        throw new IllegalStateException("Submit refused: " + response);
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // Watched in the database, not over the API: polling 32 applications' views would cost the application
        // more CPU than the burst's own work. Times are the application's own (submitted_at, its status events).
        long end = awaitRouted(merchants, System.nanoTime() + timeout.toNanos());
        long[] cpuAfter = cpuTicks();
        Map<String, Double> byThread = cpuSecondsBetween(threadsBefore, cpuTicksByThread());
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Merchant m : merchants) {
            statuses.put(m.applicationId(), http.get("/api/v1/applications/" + m.applicationId(),
                    Http.bearer(m.apiKey())).json().get("status").asText());
        }
        List<Duration> durations = submitToRouted(merchants);
        long[] heap = heapAfterGc(gcLogStart);
        return new Result(merchants.size(), statuses, durations, Duration.ofNanos(end - start),
                (cpuAfter[0] - cpuBefore[0]) / (double) CLOCK_TICKS_PER_SECOND,
                (cpuAfter[1] - cpuBefore[1]) / (double) CLOCK_TICKS_PER_SECOND, byThread, heap[0], (int) heap[1]);
    }

    private long awaitRouted(List<Merchant> merchants, long deadline) throws Exception {
        try (Connection connection = TestDatabases.connect(database);
             var query = connection.prepareStatement("select count(*) from application where id = any (?) "
                     + "and status in ('IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'APPROVED', 'LIVE')")) {
            query.setArray(1, connection.createArrayOf("uuid", merchants.stream()
                    .map(m -> UUID.fromString(m.applicationId())).toArray()));
            while (System.nanoTime() < deadline) {
                try (var rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == merchants.size()) {
                        break;
                    }
                }
                Thread.sleep(250);
            }
        }
        return System.nanoTime();
    }

    /** From each application's submission to its first routed status, as the application recorded them. */
    private List<Duration> submitToRouted(List<Merchant> merchants) throws SQLException {
        List<Duration> durations = new ArrayList<>();
        try (Connection connection = TestDatabases.connect(database);
             var query = connection.prepareStatement("select a.submitted_at, min(e.occurred_at) from application a "
                     + "join application_event e on e.application_id = a.id and e.status in ('IN_REVIEW', "
                     + "'CHANGES_REQUESTED', 'REJECTED', 'APPROVED', 'LIVE') where a.id = any (?) "
                     + "group by a.id, a.submitted_at")) {
            query.setArray(1, connection.createArrayOf("uuid", merchants.stream()
                    .map(m -> UUID.fromString(m.applicationId())).toArray()));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    durations.add(Duration.between(rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant()));
                }
            }
        }
        return durations;
    }

    /** {@code OutOfMemoryError}s the application and its workers logged. */
    public long outOfMemoryErrors() throws IOException {
        return logLines("OutOfMemoryError").size();
    }

    /** Lines of the application's and the workers' logs that contain {@code text}. */
    public List<String> logLines(String text) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> logs = new ArrayList<>(List.of(application.log()));
        workers.forEach(worker -> logs.add(worker.log()));
        for (Path log : logs) {
            try (var lines = Files.lines(log)) {
                lines.filter(line -> line.contains(text)).forEach(found::add);
            }
        }
        return found;
    }

    public long incidents() {
        return engineCount("/engine-rest/incident/count");
    }

    /** Job runs that ended in an exception, busy or not (Camunda's job log). */
    public long failedJobRuns() {
        return engineCount("/engine-rest/history/job-log/count?failureLog=true");
    }

    /** External-task runs a worker reported as failed, busy or not (the inspection; Camunda's external-task log). */
    public long failedExternalTaskRuns() {
        return engineCount("/engine-rest/history/external-task-log/count?failureLog=true");
    }

    public boolean alive() {
        return application.alive();
    }

    public long pid() {
        return application.pid();
    }

    @Override
    public void close() throws Exception {
        for (JarProcess worker : workers) {
            worker.close();
        }
        application.close();
        TestDatabases.drop(database);
    }

    /** A merchant of the burst: its API key and its application, ready to submit. */
    public record Merchant(String apiKey, String applicationId) {
    }

    private Merchant newMerchant(Dossier dossier) {
        Http.Response signUp = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of(
                "email", "burst-" + UUID.randomUUID() + "@example.cn", "password", "a-long-password-123",
                "displayName", "Burst Tea House"));
        require(signUp, 201);
        String key = signUp.json().get("apiKey").asText();
        Http.Response created = http.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key),
                IntegrationTest.completeData());
        require(created, 201);
        String id = created.json().get("id").asText();
        dossier.byType().forEach((type, bytes) -> require(http.upload("/api/v1/applications/" + id + "/documents",
                Http.bearer(key), type, type.toLowerCase() + ".jpg", bytes, "image/jpeg"), 201));
        return new Merchant(key, id);
    }

    private static void require(Http.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response);
        }
    }

    private long engineCount(String path) {
        JsonNode count = http.get(path, Http.basic("admin", ADMIN_PASSWORD)).json();
        if (count == null || !count.has("count")) {
            throw new IllegalStateException("No count from " + path + ": " + count);
        }
        return count.get("count").asLong();
    }

    /**
     * CPU ticks of the application's threads by kind, from {@code /proc/<pid>/task/<tid>/{comm,stat}}: the JIT
     * compilers, the garbage collector, the job executor (inspection, screening), the web server's threads, the rest.
     * Threads that ended in between are missing from the difference (few: pools keep theirs).
     */
    private Map<Long, Map.Entry<String, Long>> cpuTicksByThread() throws IOException {
        Map<Long, Map.Entry<String, Long>> ticks = new HashMap<>();
        Path tasks = Path.of("/proc", String.valueOf(application.pid()), "task");
        try (var threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    String name = Files.readString(thread.resolve("comm")).strip();
                    String stat = Files.readString(thread.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(Long.parseLong(thread.getFileName().toString()), Map.entry(threadKind(name),
                            Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3])));
                } catch (NoSuchFileException ended) {
                    // The thread ended while listing.
                }
            }
        }
        return ticks;
    }

    /** Per kind of thread, the CPU seconds spent between the two readings by threads alive at the second. */
    private static Map<String, Double> cpuSecondsBetween(Map<Long, Map.Entry<String, Long>> before,
                                                         Map<Long, Map.Entry<String, Long>> after) {
        Map<String, Double> seconds = new TreeMap<>();
        after.forEach((thread, now) -> {
            Map.Entry<String, Long> then = before.get(thread);
            long ticks = now.getValue() - (then == null ? 0 : then.getValue());
            seconds.merge(now.getKey(), ticks / (double) CLOCK_TICKS_PER_SECOND, Double::sum);
        });
        return seconds;
    }

    private static String threadKind(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT compiler";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return "garbage collector";
        }
        if (name.startsWith("camundaTaskExe")) {
            return "job executor";
        }
        if (name.startsWith("inspection-")) {
            return "inspection worker";
        }
        if (name.startsWith("document-reade")) {
            return "decoding (time-limited readers)";
        }
        if (name.startsWith("http-nio")) {
            return "web requests";
        }
        return "other";
    }

    /**
     * utime + stime of the JVMs (the application's and the workers'), and cutime + cstime: the CPU of their children
     * that have ended (Tesseract).
     */
    private long[] cpuTicks() throws IOException {
        long[] total = cpuTicks(application.pid());
        for (JarProcess worker : workers) {
            long[] more = cpuTicks(worker.pid());
            total[0] += more[0];
            total[1] += more[1];
        }
        return total;
    }

    private static long[] cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command name: state is field 3 of stat(5), so field n is at index n - 3.
        long own = Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
        long children = Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3]);
        return new long[] {own, children};
    }

    private Path gcLog() {
        return workDirectory.resolve("gc.log");
    }

    /** The largest heap after a collection, and the number of collections, in the GC log after {@code offset}. */
    private long[] heapAfterGc(long offset) throws IOException {
        byte[] all = Files.readAllBytes(gcLog());
        String log = new String(Arrays.copyOfRange(all, (int) Math.min(offset, all.length), all.length));
        long peak = 0;
        int collections = 0;
        for (String line : log.split("\n")) {
            if (line.contains("Pause")) {
                Matcher m = AFTER_GC.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                    collections++;
                }
            }
        }
        return new long[] {peak, collections};
    }
}
