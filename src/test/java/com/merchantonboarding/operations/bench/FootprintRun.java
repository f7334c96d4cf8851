package com.merchantonboarding.operations.bench;

import com.merchantonboarding.documents.InspectionBurst;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The resident memory of the built jar (docs/operations.md, "Start-up and footprint"), measured from outside: idle
 * after the start, then after a burst of merchants that each upload four photo-sized documents and submit at once
 * ({@link InspectionBurst}, on a fresh PostgreSQL database {@code <TEST_DB_URL's database>_footprint}). Prints the
 * process's RSS ({@code VmRSS}) and its peak ({@code VmHWM}) from {@code /proc}. A measurement, not a test.
 * <pre>
 * ./mvnw -o package -DskipTests && ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     -Dfootprint.heap=512m -Dfootprint.applications=16 -Dburst.jvmArgs='-XX:MaxMetaspaceSize=192m' \
 *     com.merchantonboarding.operations.bench.FootprintRun
 * </pre>
 * Environment variables of the application (MALLOC_ARENA_MAX) are inherited from this JVM's environment.
 */
public final class FootprintRun {

    private FootprintRun() {
    }

    public static void main(String[] args) throws Exception {
        String heap = System.getProperty("footprint.heap", "512m");
        int applications = Integer.getInteger("footprint.applications", 16);
        int rounds = Integer.getInteger("footprint.rounds", 2);
        String url = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/onboarding_test");
        Path work = Path.of("target", "footprint").toAbsolutePath();
        InspectionBurst.Dossier dossier = InspectionBurst.Dossier.photos();
        try (InspectionBurst burst = InspectionBurst.start(heap, url.substring(url.lastIndexOf('/') + 1) + "_footprint",
                work)) {
            long pid = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains(work.resolve("gc.log").toString()))
                    .findFirst().orElseThrow().pid();
            Thread.sleep(10_000);
            System.out.println("footprint idle: " + memory(pid) + " (heap " + heap + ", "
                    + System.getProperty("burst.jvmArgs", "") + ", MALLOC_ARENA_MAX="
                    + System.getenv().getOrDefault("MALLOC_ARENA_MAX", "-") + ")");
            for (int round = 1; round <= rounds; round++) {
                List<InspectionBurst.Merchant> merchants = burst.prepare(applications, dossier);
                InspectionBurst.Result result = burst.submitAll(merchants, Duration.ofMinutes(10));
                System.out.println("footprint after burst " + round + " (" + result.routed() + "/" + applications
                        + " routed, " + result.wall().toSeconds() + " s, peak heap after GC "
                        + result.peakHeapAfterGcMb() + " MB): " + memory(pid));
            }
            Thread.sleep(10_000);
            System.out.println("footprint settled: " + memory(pid) + "; OutOfMemoryErrors " + burst.outOfMemoryErrors());
            if (System.getProperty("burst.jvmArgs", "").contains("NativeMemoryTracking")) {
                // Where the memory outside the heap goes (needs -XX:NativeMemoryTracking=summary in burst.jvmArgs).
                new ProcessBuilder("jcmd", String.valueOf(pid), "VM.native_memory", "summary").inheritIO().start()
                        .waitFor();
            }
        }
    }

    private static String memory(long pid) throws Exception {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line);
            }
        }
        return "RSS " + rss / 1024 + " MB, peak RSS " + peak / 1024 + " MB";
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
