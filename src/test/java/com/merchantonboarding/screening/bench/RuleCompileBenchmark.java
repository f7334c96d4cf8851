package com.merchantonboarding.screening.bench;

import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseLoader;
import com.merchantonboarding.screening.RuleSource;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Reading, checking and compiling the shipped {@code rules/} folder (what a start and a reload cost, before the
 * scenarios run). Single shot: the first iteration is the cold compile of a fresh JVM; later ones are warm.
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=RuleCompileBenchmark -Dbenchmark.options='-f 1 -wi 3 -i 10'}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleCompileBenchmark {

    private final RuleBaseLoader loader = new RuleBaseLoader();
    private final RuleSource source = RuleSource.directory(Path.of("rules"));

    @Benchmark
    public RuleBase compileShippedRules() {
        return loader.load(source);
    }
}
