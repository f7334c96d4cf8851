package com.merchantonboarding.screening.bench;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.documents.DocumentEvidence;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseLoader;
import com.merchantonboarding.screening.RuleSource;
import com.merchantonboarding.screening.ScreeningResult;
import com.merchantonboarding.screening.ScreeningService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One evaluation of one application with ten documents against the shipped rules, as the process screens: the
 * rule base compiled once and shared, a pooled session per evaluation. Sample mode, so JMH reports the median
 * (p0.50) beside the mean. Goal: a median under 100 µs.
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=ScreeningBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScreeningBenchmark {

    private RuleBase rules;
    private ApplicationData restricted;
    private ApplicationData allowed;
    private List<DocumentEvidence> documents;

    @Setup
    public void compile() {
        rules = new RuleBaseLoader().load(RuleSource.directory(Path.of("rules")));
        restricted = BenchmarkApplications.company("5912", "CN");
        allowed = BenchmarkApplications.company("5812", "CN");
        documents = BenchmarkApplications.tenDocuments();
    }

    /** A pharmacy: restricted, permit present, an edited document, PAYPAL: findings and risk points to collect. */
    @Benchmark
    public ScreeningResult restrictedCategoryWithTenDocuments() {
        return ScreeningService.evaluate(rules, restricted, documents, null);
    }

    /** A tea house: the common case. */
    @Benchmark
    public ScreeningResult allowedCategoryWithTenDocuments() {
        return ScreeningService.evaluate(rules, allowed, documents, null);
    }
}
