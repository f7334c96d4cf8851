package com.merchantonboarding.policy;

import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RulesProperties;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Passed scenario runs, remembered in the database by {@link ScenarioCheckKey} so that a start with the same rules,
 * scenarios and build skips the run (several seconds of a cold JVM). Only a pass is remembered, and only for
 * {@code onboarding.rules.scenario-pass-valid-for}: the one input outside the key is today's date (an ID number
 * whose birth date lies in the future is refused), so a pass is not trusted forever.
 */
@Component
class ScenarioChecks {

    private static final Logger log = LoggerFactory.getLogger(ScenarioChecks.class);

    private final ScenarioCheckRepository checks;
    private final Duration validFor;

    ScenarioChecks(ScenarioCheckRepository checks, RulesProperties properties) {
        this.checks = checks;
        this.validFor = properties.scenarioPassValidFor();
    }

    /** A pass of these scenarios against these rules by this build, recent enough to be trusted. */
    Optional<ScenarioCheck> passed(String key) {
        if (validFor.isZero() || validFor.isNegative()) {
            return Optional.empty();
        }
        return checks.findByCheckKeyAndCheckedAtAfter(key, Clocks.now().minus(validFor));
    }

    /** Remembers a run in which every scenario passed (a failed run must never be given to this). */
    void rememberPass(String key, RuleBase ruleBase, ScenarioReport report) {
        if (!report.passed()) {
            throw new IllegalArgumentException("Only a passed scenario run is remembered");
        }
        try {
            ScenarioCheck check = checks.findById(key).orElse(null);
            if (check == null) {
                check = new ScenarioCheck(key, ruleBase.version(), report.results().size(), Clocks.now());
            } else {
                check.passedAgain(report.results().size(), Clocks.now());
            }
            checks.save(check);
        } catch (DataIntegrityViolationException e) {
            log.debug("Scenario pass {} remembered meanwhile by another node", key);
        }
    }
}
