package com.merchantonboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompleteApplicationTest {

    @Test
    void completeValidApplicationHasNoFindingsAndGoesToAHuman() {
        ScreeningResult result = ShippedRules.screen(TestApplication.valid());

        assertThat(result.findings()).isEmpty();
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(result.riskPoints()).isZero();
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
        assertThat(result.ruleSetVersion()).isEqualTo(ShippedRules.RULES.version()).matches("2026\\.11-1@[0-9a-f]{12}");
    }
}
