package com.merchantonboarding.documents.bench;

import com.merchantonboarding.documents.BenchmarkAccess;
import com.merchantonboarding.documents.InspectionBurst;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 16's burst with its figures (docs/inspection.md, "Under load"): the built jar with {@code -Xmx384m} on a
 * PostgreSQL database of its own ({@code <TEST_DB_URL's database>_bench}), 32 merchants with four photo-sized
 * documents each submitting at once ({@link InspectionBurst}). Each iteration signs up fresh merchants (not timed)
 * and times the burst until all are routed; it prints submit-to-routed p50/p95, dossiers a minute, the JVM's CPU
 * and its Tesseract processes' CPU a dossier, the peak heap after GC, and what Tesseract alone allows: the
 * licence's OCR as inspection runs it, on the already prepared page, two at a time (two cores), in the same run.
 * <pre>
 * ./mvnw -o package -DskipTests
 * OMP_THREAD_LIMIT=1 ./mvnw -o -Pbenchmark test-compile exec:exec -Dbenchmark=InspectionBurstBenchmark \
 *     -Dbenchmark.options='-f 1 -wi 0 -i 2'
 * </pre>
 * Settings: {@code -jvmArgsAppend '-Dbench.applications=32 -Dbench.heap=384m'}; {@code -Dbench.workers=2} runs the
 * application node without its own inspection worker and that many worker-only processes (docs/inspection.md,
 * "Workers measured"); {@code -Dbench.interval=PT10S} submits one application every 10 s instead of all at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InspectionBurstBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 32);
    private static final String HEAP = System.getProperty("bench.heap", "384m");
    private static final int WORKERS = Integer.getInteger("bench.workers", 0);
    private static final Duration INTERVAL = Duration.parse(System.getProperty("bench.interval", "PT0S"));

    private InspectionBurst.Dossier dossier;
    private InspectionBurst burst;
    private List<InspectionBurst.Merchant> merchants;
    private InspectionBurst.Result result;

    @Setup(Level.Trial)
    public void start() throws Exception {
        dossier = InspectionBurst.Dossier.photos();
        String url = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/onboarding_test");
        burst = InspectionBurst.start(HEAP, url.substring(url.lastIndexOf('/') + 1) + "_bench",
                Path.of("target", "burst-bench"), WORKERS);
    }

    @Setup(Level.Iteration)
    public void signUp() throws Exception {
        merchants = burst.prepare(APPLICATIONS, dossier);
    }

    @Benchmark
    public long burstUntilAllRouted() throws Exception {
        result = burst.submit(merchants, INTERVAL, Duration.ofMinutes(20));
        return result.routed();
    }

    @TearDown(Level.Iteration)
    public void report() throws Exception {
        System.out.printf("%n%d of %d routed in %.1f s: submit to routed p50 %.1f s, p95 %.1f s; %.1f dossiers/min;"
                        + " per dossier: JVM CPU %.2f s, Tesseract CPU %.2f s; peak heap after GC %d MB (%d collections);"
                        + " OutOfMemoryErrors %d, incidents %d, failed job runs %d, failed or busy inspections %d%n",
                result.routed(), APPLICATIONS, result.wall().toMillis() / 1000.0,
                result.percentile(0.5).toMillis() / 1000.0, result.percentile(0.95).toMillis() / 1000.0,
                result.dossiersPerMinute(), result.jvmCpuSeconds() / APPLICATIONS,
                result.childCpuSeconds() / APPLICATIONS, result.peakHeapAfterGcMb(), result.garbageCollections(),
                burst.outOfMemoryErrors(), burst.incidents(), burst.failedJobRuns(), burst.failedExternalTaskRuns());
        StringBuilder byThread = new StringBuilder("JVM CPU per dossier by thread:");
        result.jvmCpuSecondsByThread().forEach((kind, seconds) ->
                byThread.append(String.format(" %s %.2f s;", kind, seconds / APPLICATIONS)));
        double attributed = result.jvmCpuSecondsByThread().values().stream().mapToDouble(Double::doubleValue).sum();
        byThread.append(String.format(" threads that ended meanwhile %.2f s", (result.jvmCpuSeconds() - attributed) / APPLICATIONS));
        System.out.println(byThread);
    }

    @TearDown(Level.Trial)
    public void tesseractAlone() throws Exception {
        burst.close();
        BenchmarkAccess access = new BenchmarkAccess();
        BenchmarkAccess.PreparedLicence prepared = access.preparedLicence(dossier);
        access.ocrPrepared(prepared);
        ExecutorService cores = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        List<Future<String>> runs = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            runs.add(cores.submit(() -> access.ocrPrepared(prepared)));
        }
        for (Future<String> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        cores.shutdown();
        System.out.printf("%nTesseract alone (the licence's OCR on the prepared page, two at a time): %d in %.1f s,"
                + " %.1f dossiers/min%n", APPLICATIONS, seconds, APPLICATIONS * 60 / seconds);
    }
}
