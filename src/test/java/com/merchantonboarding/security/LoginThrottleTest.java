package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal's back-off policy (NIST SP 800-63B 5.2.2: slow down, never lock out) on the database the demo runs
 * (H2, the migrations applied); the state is in the table, so a second throttle, as on another node, sees it.
 */
class LoginThrottleTest {

    private static final String SCOPE = "portal";
    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(H2Schema.migrated("login-throttle-" + UUID.randomUUID()));
    private final List<Object> events = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle(jdbc, events::add);
    private final String account = "tea-" + UUID.randomUUID() + "@example.cn";

    @BeforeEach
    void startTheClock() {
        at(START);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void theFreeFailuresCostNothingThenEachFurtherOneDoublesTheWait() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_AND_ADDRESS.freeFailures(); i++) {
            throttle.failed(SCOPE, account, "10.0.0.1");
            assertThat(throttle.waitBefore(SCOPE, account, "10.0.0.1")).isEmpty();
        }
        List<Long> waits = new ArrayList<>();
        Instant now = START;
        for (int i = 0; i < 4; i++) {
            throttle.failed(SCOPE, account, "10.0.0.1");
            Duration wait = throttle.waitBefore(SCOPE, account, "10.0.0.1").orElseThrow();
            waits.add(wait.toSeconds());
            now = now.plus(wait);
            at(now);
            assertThat(throttle.waitBefore(SCOPE, account, "10.0.0.1")).as("after the wait").isEmpty();
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L);
        assertThat(events).hasSize(LoginThrottle.ACCOUNT_AND_ADDRESS.freeFailures() + 4)
                .allMatch(e -> e.equals(new LoginFailed(SCOPE, account, "10.0.0.1")));
    }

    @Test
    void theWaitStopsGrowingAtTheCeilingAndTheAccountAloneWaitsAtMostAMinute() {
        Instant now = START;
        for (int i = 0; i < 40; i++) {
            throttle.failed(SCOPE, account, "10.0.0.2");
            now = now.plusMillis(1);
            at(now);
        }
        assertThat(throttle.waitBefore(SCOPE, account, "10.0.0.2")).get()
                .satisfies(w -> assertThat(w).isLessThanOrEqualTo(LoginThrottle.ACCOUNT_AND_ADDRESS.ceiling())
                        .isGreaterThan(Duration.ofMinutes(14)));
        // The owner, from another address, waits only for the account's key: at most a minute, never locked out.
        assertThat(throttle.waitBefore(SCOPE, account, "10.9.9.9")).get()
                .satisfies(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofMinutes(1)).isPositive());
        at(now.plus(Duration.ofMinutes(1)));
        assertThat(throttle.waitBefore(SCOPE, account, "10.9.9.9")).isEmpty();
    }

    @Test
    void failuresOlderThanAnHourAreForgotten() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_AND_ADDRESS.freeFailures(); i++) {
            throttle.failed(SCOPE, account, "10.0.0.3");
        }
        at(START.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1));
        throttle.failed(SCOPE, account, "10.0.0.3");
        assertThat(throttle.waitBefore(SCOPE, account, "10.0.0.3")).as("the count started again").isEmpty();
        assertThat(throttle.forgetOld()).isZero();

        at(START.plus(LoginThrottle.FORGET_AFTER.multipliedBy(2)).plusSeconds(2));
        assertThat(throttle.forgetOld()).as("rows of the account, the address and both").isEqualTo(3);
    }

    @Test
    void aSuccessfulLoginClearsTheAccountButNotTheAddress() {
        for (int i = 0; i <= LoginThrottle.ACCOUNT_AND_ADDRESS.freeFailures(); i++) {
            throttle.failed(SCOPE, account, "10.0.0.4");
        }
        assertThat(throttle.waitBefore(SCOPE, account, "10.0.0.4")).isPresent();
        throttle.succeeded(SCOPE, account, "10.0.0.4");
        assertThat(throttle.waitBefore(SCOPE, account, "10.0.0.4")).isEmpty();
        assertThat(jdbc.queryForObject("select failures from login_throttle where throttle_key = ?", Integer.class,
                "portal:address:10.0.0.4")).isEqualTo(LoginThrottle.ACCOUNT_AND_ADDRESS.freeFailures() + 1);
    }

    @Test
    void anotherNodeSeesTheWaitBecauseItIsInTheDatabase() {
        for (int i = 0; i <= LoginThrottle.ACCOUNT_AND_ADDRESS.freeFailures(); i++) {
            throttle.failed(SCOPE, account, "10.0.0.5");
        }
        LoginThrottle otherNode = new LoginThrottle(jdbc, event -> { });
        Optional<Duration> wait = otherNode.waitBefore(SCOPE, account.toUpperCase(), "10.0.0.5");
        assertThat(wait).as("the account in any case").contains(Duration.ofSeconds(1));
        assertThat(otherNode.waitBefore("totp", account, "10.0.0.5")).as("another scope counts apart").isEmpty();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
