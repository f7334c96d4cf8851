package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.merchantonboarding.screening.RulesProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ScenarioChecksTest {

    private final ScenarioCheckRepository repository = mock(ScenarioCheckRepository.class);
    private final ScenarioChecks checks = new ScenarioChecks(repository,
            new RulesProperties("classpath:rules/", false, Duration.ofDays(1)));

    @Test
    void aPassAfterTheTrustRanOutMovesTheCheckOnSoTheNextStartTrustsItAgain() {
        ScenarioCheck old = new ScenarioCheck("k", ShippedRuleSet.RULES.version(), 146, Instant.parse("2020-01-01T00:00:00Z"));
        when(repository.findById("k")).thenReturn(Optional.of(old));

        checks.rememberPass("k", ShippedRuleSet.RULES, ScenarioRunner.run(ShippedRuleSet.RULES, ShippedRuleSet.FILES));

        ArgumentCaptor<ScenarioCheck> saved = ArgumentCaptor.forClass(ScenarioCheck.class);
        verify(repository).save(saved.capture());
        assertThat(saved.getValue().getCheckedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
    }

    @Test
    void aFailedRunIsNeverRemembered() {
        ScenarioReport failed = new ScenarioReport(ShippedRuleSet.RULES.version(), List.of(), List.of("base.yaml: broken"));

        assertThatThrownBy(() -> checks.rememberPass("k", ShippedRuleSet.RULES, failed))
                .isInstanceOf(IllegalArgumentException.class);
        verify(repository, never()).save(any());
    }
}
