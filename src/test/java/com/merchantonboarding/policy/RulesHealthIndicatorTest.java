package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class RulesHealthIndicatorTest {

    @Test
    void isOutOfServiceUntilARuleSetIsActive() {
        RuleSetActivations nothingActiveYet = new RuleSetActivations(null, null, null, null, null, null, null);

        assertThat(new RulesHealthIndicator(nothingActiveYet).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }
}
