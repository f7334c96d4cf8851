package com.merchantonboarding.policy;

import com.merchantonboarding.screening.ScreeningResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One scenario run against one rule set.
 *
 * @param result     what the rules decided (null when the evaluation itself failed)
 * @param firedRules the rules that fired, in firing order
 * @param failures   each expectation that broke, as a sentence; empty when the scenario passed
 */
record ScenarioResult(Scenario scenario, ScreeningResult result, List<String> firedRules, List<String> failures) {

    ScenarioResult {
        firedRules = List.copyOf(firedRules);
        failures = List.copyOf(failures);
    }

    boolean passed() {
        return failures.isEmpty();
    }

    /** For an analyst: which scenario, which expectations broke, what was found and which rules fired. */
    String message() {
        StringBuilder text = new StringBuilder("Scenario ").append(scenario).append(passed() ? " passed" : " failed");
        for (String failure : failures) {
            text.append("\n  - ").append(failure);
        }
        if (result != null) {
            text.append("\n  Decided: ").append(result.outcome()).append(", ").append(result.riskLevel()).append(" risk (")
                    .append(result.riskPoints()).append(" points)");
            text.append("\n  Findings: ").append(result.findings().isEmpty() ? "none" : result.findings().stream()
                    .map(f -> f.code() + "@" + f.requirement() + " (" + f.ruleId() + ")")
                    .collect(Collectors.joining(", ")));
        }
        text.append("\n  Rules fired: ").append(firedRules.isEmpty() ? "none" : String.join(", ", firedRules));
        return text.toString();
    }
}
