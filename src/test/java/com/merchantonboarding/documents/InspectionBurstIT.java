package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.support.RequiresPostgres;
import com.merchantonboarding.support.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's burst, from outside: the built jar with {@code -Xmx384m} on PostgreSQL, 32 merchants each with four
 * photo-sized documents (the licence a 4000 × 2950 JPEG) submitting at once. Every application is routed, with no
 * {@code OutOfMemoryError}, no incident and no failed job run. Outcomes only: the figures of the same burst come
 * from {@code bench.InspectionBurstBenchmark} (docs/inspection.md, "Under load").
 */
@RequiresPostgres
class InspectionBurstIT {

    private static final int APPLICATIONS = 32;

    @Test
    void thirtyTwoMerchantsAtOnceAreAllRoutedWithinA384MbHeap() throws Exception {
        InspectionBurst.Dossier dossier = InspectionBurst.Dossier.photos();
        try (InspectionBurst burst = InspectionBurst.start("384m", TestDatabases.named("burst"), Path.of("target", "burst-it"))) {
            List<InspectionBurst.Merchant> merchants = burst.prepare(APPLICATIONS, dossier);
            InspectionBurst.Result result = burst.submitAll(merchants, Duration.ofMinutes(12));

            assertThat(burst.alive()).as("the application is still running").isTrue();
            assertThat(result.statuses()).as("status of every application").hasSize(APPLICATIONS);
            assertThat(result.routed()).as("routed applications: %s", result.statuses()).isEqualTo(APPLICATIONS);
            assertThat(burst.outOfMemoryErrors()).as("OutOfMemoryErrors in target/burst-it/application.log")
                    .isZero();
            assertThat(burst.incidents()).as("incidents").isZero();
            assertThat(burst.failedJobRuns()).as("failed job runs: %s", burst.logLines("waits its turn"))
                    .isZero();
            assertThat(burst.failedExternalTaskRuns()).as("failed inspections: %s", burst.logLines("waits its turn"))
                    .isZero();
            System.out.printf("Burst of %d: p50 %d s, p95 %d s, %.1f dossiers/min, JVM CPU %.2f s and Tesseract CPU "
                            + "%.2f s per dossier, peak heap after GC %d MB%n", APPLICATIONS,
                    result.percentile(0.5).toSeconds(), result.percentile(0.95).toSeconds(),
                    result.dossiersPerMinute(), result.jvmCpuSeconds() / APPLICATIONS,
                    result.childCpuSeconds() / APPLICATIONS, result.peakHeapAfterGcMb());
        }
    }
}
