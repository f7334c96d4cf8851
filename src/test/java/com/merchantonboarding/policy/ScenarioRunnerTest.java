package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {

    private static ScenarioReport run(String text) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(ScenarioFiles.BASE, ShippedRuleSet.FILES.get(ScenarioFiles.BASE));
        files.put("scenarios/test.yaml", text.getBytes(StandardCharsets.UTF_8));
        return ScenarioRunner.run(ShippedRuleSet.RULES, files);
    }

    @Test
    void aFailingScenarioSaysWhichExpectationBrokeAndWhichRulesFired() {
        ScenarioReport report = run("""
                scenarios:
                  - name: Betting is only reviewed (wrong on purpose)
                    application: {merchantCategoryCode: "7995", walletProviders: [ALIPAY, PAYPAL]}
                    expect: {outcome: REVIEW, riskLevel: MEDIUM, riskPoints: 40, findings: [RESTRICTED_CATEGORY]}
                """);

        assertThat(report.passed()).isFalse();
        ScenarioResult result = report.failed().get(0);
        assertThat(result.failures()).containsExactly(
                "outcome: expected REVIEW, got REJECT",
                "riskLevel: expected MEDIUM, got LOW (10 points)",
                "riskPoints: expected 40, got 10",
                "findings: expected exactly [RESTRICTED_CATEGORY]; missing [RESTRICTED_CATEGORY]; "
                        + "not expected [PROHIBITED_CATEGORY@merchantCategoryCode]");
        // In the order they fired; rules of equal salience fire in an order the engine chooses.
        assertThat(result.firedRules()).containsExactlyInAnyOrder("ProhibitedCategoryRejects", "PaypalAddsRisk", "RiskIsLow");
        assertThat(result.message())
                .startsWith("Scenario \"Betting is only reviewed (wrong on purpose)\" (scenarios/test.yaml) failed")
                .contains("Findings: PROHIBITED_CATEGORY@merchantCategoryCode (ProhibitedCategoryRejects)")
                .contains("Rules fired: " + String.join(", ", result.firedRules()));
        assertThat(report.summary()).endsWith("1 scenarios against " + ShippedRuleSet.RULES.version() + ": 0 passed, 1 failed");
    }

    @Test
    void includesExcludesAndRequirementsAreChecked() {
        ScenarioReport report = run("""
                scenarios:
                  - name: Right
                    documents: {BANK_ACCOUNT_PROOF: ~}
                    expect:
                      outcome: CHANGES_REQUIRED
                      riskLevel: LOW
                      includes: [DOCUMENT_MISSING@documents.BANK_ACCOUNT_PROOF]
                      excludes: [DOCUMENT_MISSING@documents.BUSINESS_LICENSE, FIELD_MISSING]
                  - name: Wrong requirement and an excluded code that is there
                    documents: {BANK_ACCOUNT_PROOF: ~}
                    expect:
                      outcome: CHANGES_REQUIRED
                      riskLevel: LOW
                      includes: [DOCUMENT_MISSING@documents.TAX_REGISTRATION]
                      excludes: [DOCUMENT_MISSING]
                  - name: A code that does not exist
                    expect: {outcome: REVIEW, riskLevel: LOW, excludes: [NO_SUCH_CODE]}
                """);

        assertThat(report.results().get(0).passed()).as(report.results().get(0).message()).isTrue();
        assertThat(report.results().get(1).failures()).containsExactly(
                "includes: missing [DOCUMENT_MISSING@documents.TAX_REGISTRATION]",
                "excludes: found [DOCUMENT_MISSING]");
        assertThat(report.results().get(2).failures()).containsExactly(
                "expected findings name codes that are not in reason-codes.csv: [NO_SUCH_CODE]");
    }

    @Test
    void fileProblemsFailTheReport() {
        ScenarioReport report = run("scenarios:\n  - name: X\n    expect: {}\n");

        assertThat(report.passed()).isFalse();
        assertThat(report.fileProblems()).isNotEmpty();
        assertThat(report.summary()).startsWith("Scenario file problem: scenarios/test.yaml, scenario \"X\": expect.outcome is missing");
    }
}
