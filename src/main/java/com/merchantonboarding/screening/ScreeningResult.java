package com.merchantonboarding.screening;

import java.util.List;

/**
 * What screening decided for one revision.
 *
 * @param outcome        where the application goes next
 * @param riskLevel      from the risk points and the thresholds of the rule set
 * @param riskPoints     the sum of the risk points
 * @param findings       every finding, most severe first
 * @param ruleSetVersion the {@link RuleBase#version()} that decided
 */
public record ScreeningResult(
        ScreeningOutcome outcome,
        RiskLevel riskLevel,
        int riskPoints,
        List<Finding> findings,
        String ruleSetVersion) {

    public ScreeningResult {
        findings = List.copyOf(findings);
    }

    /** The findings with this code. */
    public List<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    public boolean hasFinding(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }
}
