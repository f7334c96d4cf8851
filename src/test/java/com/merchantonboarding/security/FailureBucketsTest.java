package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bucket4j's buckets in the table auth_failure_bucket on H2 (the demo's database; PostgreSQL: LoginThrottlingIT). */
class FailureBucketsTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");
    private static final FailureBuckets.Limit THREE_A_MINUTE = new FailureBuckets.Limit("test", 3,
            Duration.ofMinutes(1), true);
    private static final FailureBuckets.Limit ONCE_A_DAY = new FailureBuckets.Limit("test-daily", 1,
            Duration.ofDays(1), false);

    private final DataSource dataSource = H2Schema.migrated("failure-buckets-" + UUID.randomUUID());
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final FailureBuckets buckets = new FailureBuckets(dataSource, jdbc);

    @BeforeEach
    void startTheClock() {
        at(START);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void aLimitAllowsItsFailuresThenTellsHowLongToWaitAndRefillsEvenly() {
        assertThat(buckets.failed(THREE_A_MINUTE, "10.0.0.1")).isTrue();
        assertThat(buckets.failed(THREE_A_MINUTE, "10.0.0.1")).isTrue();
        assertThat(buckets.waitBefore(THREE_A_MINUTE, "10.0.0.1")).isEmpty();
        assertThat(buckets.failed(THREE_A_MINUTE, "10.0.0.1")).as("the third reaches the limit").isFalse();
        assertThat(buckets.waitBefore(THREE_A_MINUTE, "10.0.0.1")).contains(Duration.ofSeconds(20));
        assertThat(buckets.waitBefore(THREE_A_MINUTE, "10.0.0.2")).as("another subject").isEmpty();

        at(START.plusSeconds(20));
        assertThat(buckets.waitBefore(THREE_A_MINUTE, "10.0.0.1")).as("one token back").isEmpty();
        assertThat(buckets.failed(THREE_A_MINUTE, "10.0.0.1")).isFalse();
        assertThat(buckets.waitBefore(THREE_A_MINUTE, "10.0.0.1")).contains(Duration.ofSeconds(20));
    }

    @Test
    void theStateIsInTheDatabaseSoAnotherNodeSeesIt() {
        for (int i = 0; i < 3; i++) {
            buckets.failed(THREE_A_MINUTE, "Guesser");
        }
        FailureBuckets otherNode = new FailureBuckets(dataSource, jdbc);
        assertThat(otherNode.waitBefore(THREE_A_MINUTE, "guesser")).contains(Duration.ofSeconds(20));
        assertThat(jdbc.queryForObject("select count(*) from auth_failure_bucket where id = 'test:guesser'",
                Integer.class)).isOne();

        otherNode.forget(THREE_A_MINUTE, "guesser");
        assertThat(buckets.waitBefore(THREE_A_MINUTE, "guesser")).isEmpty();
    }

    @Test
    void aOnceADayTokenIsTakenOnceADay() {
        assertThat(buckets.take(ONCE_A_DAY, "merchant")).isTrue();
        assertThat(buckets.take(ONCE_A_DAY, "merchant")).isFalse();
        at(START.plus(Duration.ofHours(23)));
        assertThat(buckets.take(ONCE_A_DAY, "merchant")).isFalse();
        at(START.plus(Duration.ofDays(1)));
        assertThat(buckets.take(ONCE_A_DAY, "merchant")).isTrue();
    }

    @Test
    void rowsOfBucketsThatAreFullAgainAreRemoved() {
        buckets.failed(THREE_A_MINUTE, "a");
        buckets.take(ONCE_A_DAY, "b");
        at(START.plus(Duration.ofMinutes(2)));
        assertThat(buckets.removeFull()).as("the minute's bucket is full again").isOne();
        at(START.plus(Duration.ofDays(1)));
        assertThat(buckets.removeFull()).as("kept a minute after it is full").isZero();
        at(START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(2)));
        assertThat(buckets.removeFull()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from auth_failure_bucket", Integer.class)).isZero();
    }

    @Test
    void aLimitNeedsAFailureAndAPeriod() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new FailureBuckets.Limit("x", 0, Duration.ofMinutes(1), true));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new FailureBuckets.Limit("x", 1, Duration.ZERO, true));
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
