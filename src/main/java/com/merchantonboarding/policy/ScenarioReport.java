package com.merchantonboarding.policy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every scenario run against one rule set, and the problems of the scenario files themselves.
 *
 * @param ruleSetVersion the version the scenarios ran against
 */
record ScenarioReport(String ruleSetVersion, List<ScenarioResult> results, List<String> fileProblems) {

    ScenarioReport {
        results = List.copyOf(results);
        fileProblems = List.copyOf(fileProblems);
    }

    /** True when every file reads and every scenario passes. */
    boolean passed() {
        return fileProblems.isEmpty() && failed().isEmpty();
    }

    List<ScenarioResult> failed() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Every rule that at least one scenario fired. */
    Set<String> firedRules() {
        Set<String> fired = new TreeSet<>();
        results.forEach(r -> fired.addAll(r.firedRules()));
        return fired;
    }

    /** For a log or a terminal. */
    String summary() {
        StringBuilder text = new StringBuilder();
        fileProblems.forEach(p -> text.append("Scenario file problem: ").append(p).append('\n'));
        failed().forEach(r -> text.append(r.message()).append('\n'));
        text.append(results.size()).append(" scenarios against ").append(ruleSetVersion).append(": ")
                .append(results.size() - failed().size()).append(" passed, ").append(failed().size()).append(" failed");
        if (!fileProblems.isEmpty()) {
            text.append(", ").append(fileProblems.size()).append(" file problems");
        }
        return text.toString();
    }
}
