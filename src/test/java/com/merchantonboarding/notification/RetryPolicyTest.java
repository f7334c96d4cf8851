package com.merchantonboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 2.0, 6);

    @Test
    void doublesTheWaitAfterEachFailedTryUpToTheMaximum() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.retriesAfter(5)).isTrue();
        assertThat(policy.retriesAfter(6)).isFalse();
    }

    @Test
    void refusesNonsensicalSettings() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 2.0, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 2.0, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 0.5, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 2.0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
