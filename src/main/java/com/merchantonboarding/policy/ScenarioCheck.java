package com.merchantonboarding.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A passed run of every scenario against one rule set, by {@link ScenarioCheckKey}: the rule files, the scenario files
 * and the build. Written only after all scenarios passed; a failed run leaves nothing behind. A later pass with the same
 * key moves {@code checkedAt} on, so the pass stays trusted for another period.
 */
@Entity
@Table(name = "rule_set_scenario_check")
class ScenarioCheck {

    @Id
    @Column(name = "check_key")
    private String checkKey;
    @Column(name = "version_id")
    private String versionId;
    @Column(name = "scenarios")
    private int scenarios;
    @Column(name = "checked_at")
    private Instant checkedAt;

    protected ScenarioCheck() {
    }

    ScenarioCheck(String checkKey, String versionId, int scenarios, Instant checkedAt) {
        this.checkKey = checkKey;
        this.versionId = versionId;
        this.scenarios = scenarios;
        this.checkedAt = checkedAt;
    }

    /** The same scenarios passed again against the same rules and build (a start after the trust ran out, a reload). */
    void passedAgain(int scenarios, Instant checkedAt) {
        this.scenarios = scenarios;
        this.checkedAt = checkedAt;
    }

    String getCheckKey() {
        return checkKey;
    }

    int getScenarios() {
        return scenarios;
    }

    Instant getCheckedAt() {
        return checkedAt;
    }
}
