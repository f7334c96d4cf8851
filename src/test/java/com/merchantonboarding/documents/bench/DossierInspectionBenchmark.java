package com.merchantonboarding.documents.bench;

import com.merchantonboarding.documents.BenchmarkAccess;
import com.merchantonboarding.documents.InspectionBurst;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One dossier of the burst (docs/inspection.md, "Under load"): the licence a 4000 × 2950 JPEG phone photo, the
 * ID card sides and the bank proof about 4000 × 2800, each about 4 MB. On one thread, so the time is the CPU time:
 * <ul>
 *   <li>{@code javaImageWork}: decoding, sharpness and OCR preparation of the four, without Tesseract (goal of
 *       issue 16: under 0.5 s of Java CPU a dossier);</li>
 *   <li>{@code ocrOfPreparedLicence}: Tesseract alone on the prepared licence, as inspection runs it;</li>
 *   <li>{@code wholeDossier}: the four inspections as the application runs them (type, metadata, image work,
 *       OCR).</li>
 * </ul>
 * <pre>
 * OMP_THREAD_LIMIT=1 ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=DossierInspectionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 15)
public class DossierInspectionBenchmark {

    private BenchmarkAccess inspection;
    private InspectionBurst.Dossier dossier;
    private BenchmarkAccess.PreparedLicence preparedLicence;

    @Setup
    public void setUp() throws Exception {
        inspection = new BenchmarkAccess();
        dossier = InspectionBurst.Dossier.photos();
        preparedLicence = inspection.preparedLicence(dossier);
        System.out.printf("%nDossier: licence %d bytes, ID front %d, ID back %d, bank proof %d%n",
                dossier.licence().length, dossier.idFront().length, dossier.idBack().length,
                dossier.bankProof().length);
    }

    @Benchmark
    public double javaImageWork() throws Exception {
        return inspection.javaImageWork(dossier);
    }

    @Benchmark
    public String ocrOfPreparedLicence() {
        return inspection.ocrPrepared(preparedLicence);
    }

    @Benchmark
    public int wholeDossier() {
        return inspection.inspectDossier(dossier);
    }
}
