package com.merchantonboarding.screening.facts;

import com.merchantonboarding.screening.RiskLevel;
import org.kie.api.runtime.rule.RuleContext;

/** The risk level the rules settled on, inserted once, after every {@link RiskPoints}. */
public final class RiskAssessment {

    private final RiskLevel level;
    private final int points;
    private final String ruleId;

    public RiskAssessment(RuleContext context, RiskLevel level, Number points) {
        this.level = level;
        this.points = points == null ? 0 : points.intValue();
        this.ruleId = context.getRule().getName();
    }

    public RiskLevel getLevel() {
        return level;
    }

    public int getPoints() {
        return points;
    }

    public String getRuleId() {
        return ruleId;
    }

    @Override
    public String toString() {
        return level + " (" + points + " points, " + ruleId + ")";
    }
}
