package com.merchantonboarding.policy;

import com.merchantonboarding.screening.Finding;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseLoader;
import com.merchantonboarding.screening.ScreeningResult;
import com.merchantonboarding.screening.ScreeningService;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** Runs analysts' scenarios against a rule set (the shipped one in tests, a candidate before a reload). */
final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /** Reads the scenarios among the files of a rules folder and runs them all against {@code ruleBase}. */
    static ScenarioReport run(RuleBase ruleBase, SortedMap<String, byte[]> files) {
        ScenarioFiles.Parsed parsed = ScenarioFiles.parse(files);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : parsed.scenarios()) {
            results.add(run(ruleBase, scenario));
        }
        return new ScenarioReport(ruleBase.version(), results, parsed.problems());
    }

    static ScenarioResult run(RuleBase ruleBase, Scenario scenario) {
        List<String> fired = new ArrayList<>();
        ScreeningResult result;
        try {
            result = ScreeningService.evaluate(ruleBase, scenario.application(), scenario.documents(), fired::add);
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario, null, fired, List.of("the rules failed to decide: " + e.getMessage()));
        }
        return new ScenarioResult(scenario, result, fired, failures(ruleBase, scenario.expect(), result));
    }

    private static List<String> failures(RuleBase ruleBase, Expectation expect, ScreeningResult result) {
        List<String> failures = new ArrayList<>();
        if (expect.outcome() != result.outcome()) {
            failures.add("outcome: expected " + expect.outcome() + ", got " + result.outcome());
        }
        if (expect.riskLevel() != result.riskLevel()) {
            failures.add("riskLevel: expected " + expect.riskLevel() + ", got " + result.riskLevel() + " ("
                    + result.riskPoints() + " points)");
        }
        if (expect.riskPoints() != null && expect.riskPoints() != result.riskPoints()) {
            failures.add("riskPoints: expected " + expect.riskPoints() + ", got " + result.riskPoints());
        }
        List<String> unknown = new ArrayList<>();
        List<String> all = new ArrayList<>(expect.includes());
        all.addAll(expect.excludes());
        if (expect.findings() != null) {
            all.addAll(expect.findings());
        }
        for (String entry : all) {
            if (!ruleBase.reasonCodes().contains(code(entry))) {
                unknown.add(entry);
            }
        }
        if (!unknown.isEmpty()) {
            failures.add("expected findings name codes that are not in reason-codes.csv: " + unknown);
        }
        if (expect.findings() != null) {
            List<String> missing = expect.findings().stream().filter(e -> !present(e, result)).toList();
            List<String> unexpected = result.findings().stream()
                    .filter(f -> expect.findings().stream().noneMatch(e -> matches(e, f)))
                    .map(f -> f.code() + "@" + f.requirement()).toList();
            if (!missing.isEmpty() || !unexpected.isEmpty()) {
                failures.add("findings: expected exactly " + expect.findings()
                        + (missing.isEmpty() ? "" : "; missing " + missing)
                        + (unexpected.isEmpty() ? "" : "; not expected " + unexpected));
            }
        }
        List<String> notIncluded = expect.includes().stream().filter(e -> !present(e, result)).toList();
        if (!notIncluded.isEmpty()) {
            failures.add("includes: missing " + notIncluded);
        }
        List<String> notExcluded = expect.excludes().stream().filter(e -> present(e, result)).toList();
        if (!notExcluded.isEmpty()) {
            failures.add("excludes: found " + notExcluded);
        }
        return failures;
    }

    private static boolean present(String expected, ScreeningResult result) {
        return result.findings().stream().anyMatch(f -> matches(expected, f));
    }

    /** {@code CODE} matches any finding with that code; {@code CODE@requirement} only that requirement. */
    static boolean matches(String expected, Finding finding) {
        int at = expected.indexOf('@');
        if (at < 0) {
            return expected.equals(finding.code());
        }
        return expected.substring(0, at).equals(finding.code()) && expected.substring(at + 1).equals(finding.requirement());
    }

    private static String code(String expected) {
        int at = expected.indexOf('@');
        return at < 0 ? expected : expected.substring(0, at);
    }
}
