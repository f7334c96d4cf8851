package com.merchantonboarding.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

class ClocksTest {

    /**
     * Reading the wall clock for business time. {@code System.nanoTime()} stays allowed: it measures elapsed time
     * (metrics, waits, caches), never a date.
     */
    private static final Pattern OTHER_CLOCK = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Year|YearMonth)\\.now\\("
                    + "|System\\.currentTimeMillis\\(|new Date\\(\\)|Clock\\.system|\\bClockUtil\\.");

    @Test
    void followsTheEngineClock() {
        Instant moved = Instant.parse("2031-02-03T04:05:06.007Z");
        try {
            ClockUtil.setCurrentTime(Date.from(moved));
            assertThat(Clocks.now()).isEqualTo(moved);
        } finally {
            ClockUtil.reset();
        }
        assertThat(Clocks.now()).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
    }

    @Test
    void theApplicationReadsTimeOnlyFromClocks() throws IOException {
        Path sources = Path.of("src/main/java");
        Path self = sources.resolve("com/merchantonboarding/common/Clocks.java");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(self)).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (OTHER_CLOCK.matcher(lines.get(i)).find()) {
                        offenders.add(sources.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).as("business time comes from Clocks.now()").isEmpty();
    }
}
