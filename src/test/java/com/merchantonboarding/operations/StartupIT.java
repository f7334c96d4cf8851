package com.merchantonboarding.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.JarProcess;
import com.merchantonboarding.support.RequiresPostgres;
import com.merchantonboarding.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built jar started twice on one empty PostgreSQL database (docs/operations.md, "Start-up and footprint"): the
 * readiness probe answers 200 only once the node can serve (the rule set compiled, its scenarios passed and recorded
 * as active, the process engine up with the model deployed, the start lock released), and the second start trusts
 * the first start's scenario pass instead of running the scenarios again. Start-up time is measured, not asserted.
 */
@RequiresPostgres
class StartupIT {

    private static final Path WORK = Path.of("target", "startup-it");
    private static final Duration START = Duration.ofMinutes(5);

    @Test
    void readinessTurnsUpOnlyWhenTheNodeCanServeAndASecondStartSkipsTheScenariosThatPassed() throws Exception {
        String database = TestDatabases.named("startup");
        TestDatabases.recreate(database);
        try {
            List<Integer> first = startAndWatchReadiness(database, "first.log", List.of(
                    "Rule set ", "scenarios passed)", "Process model ", "Start lock released"));
            assertThat(first).as("readiness answers before UP (503 while starting, then 200)").last().isEqualTo(200);
            assertThat(count(database, "select count(*) from rule_set_scenario_check")).isOne();

            startAndWatchReadiness(database, "second.log", List.of(
                    "scenarios passed at ", "not run again", "Process model ", "Start lock released"));
            assertThat(Files.readString(WORK.resolve("second.log"))).doesNotContain("scenarios passed)");
            assertThat(count(database, "select count(*) from rule_set_activation where activated_by = 'system'"))
                    .as("each start records its activation").isEqualTo(2);
        } finally {
            TestDatabases.drop(database);
        }
    }

    /**
     * Starts the jar and polls readiness until it answers 200; at that moment the log must already hold every line of
     * {@code before} (each is logged before the node turns ready). Returns the statuses seen, deduplicated in a row.
     */
    private static List<Integer> startAndWatchReadiness(String database, String log, List<String> before)
            throws Exception {
        List<Integer> seen = new ArrayList<>();
        try (JarProcess node = JarProcess.start(database, List.of("-Xmx512m", "-XX:+UseParallelGC"), Map.of(),
                WORK.resolve(log))) {
            Http http = node.http();
            long deadline = System.nanoTime() + START.toNanos();
            while (true) {
                assertThat(node.alive()).as("the node runs; see " + node.log()).isTrue();
                assertThat(System.nanoTime()).as("ready within " + START + "; see " + node.log()).isLessThan(deadline);
                int status;
                try {
                    status = http.get("/actuator/health/readiness", null).status();
                } catch (RuntimeException notListening) {
                    Thread.sleep(100);
                    continue;
                }
                if (seen.isEmpty() || seen.get(seen.size() - 1) != status) {
                    seen.add(status);
                }
                if (status == 200) {
                    String text = Files.readString(node.log());
                    assertThat(text).as("logged before readiness turned UP").contains(before);
                    assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
                    return seen;
                }
                assertThat(status).as("readiness while starting").isEqualTo(503);
                Thread.sleep(100);
            }
        }
    }

    private static long count(String database, String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
