package com.merchantonboarding.screening.facts;

import org.kie.api.runtime.rule.RuleContext;

/** Risk points a rule adds: {@code insert(new RiskPoints(kcontext, 40, "restricted category"))}. */
public final class RiskPoints {

    private final int points;
    private final String reason;
    private final String ruleId;

    public RiskPoints(RuleContext context, int points, String reason) {
        this.points = points;
        this.reason = reason;
        this.ruleId = context.getRule().getName();
    }

    public int getPoints() {
        return points;
    }

    public String getReason() {
        return reason;
    }

    public String getRuleId() {
        return ruleId;
    }

    @Override
    public String toString() {
        return points + " points: " + reason + " (" + ruleId + ")";
    }
}
