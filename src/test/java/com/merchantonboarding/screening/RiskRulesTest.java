package com.merchantonboarding.screening;

import com.merchantonboarding.documents.DocumentEvidence;
import static com.merchantonboarding.screening.ShippedRules.screen;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData.WalletProvider;
import com.merchantonboarding.documents.DocumentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.FileSystemUtils;

class RiskRulesTest {

    /**
     * The shipped points are multiples of ten, so the thresholds' exact edges (29/30, 59/60) are reached
     * with one extra rule, in a copy of the shipped folder, that adds the points a test asks for.
     */
    private static final String POINTS_RULE = """
            package policy;

            import com.merchantonboarding.screening.facts.ApplicationFacts;
            import com.merchantonboarding.screening.facts.RiskPoints;

            rule "TestPointsAddRisk"
            when
                ApplicationFacts( $website : website matches "https://points/\\\\d+" )
            then
                insert(new RiskPoints(kcontext, Integer.parseInt($website.substring("https://points/".length())), "test"));
            end
            """;

    private static Path folder;
    private static RuleBase withTestPoints;

    @BeforeAll
    static void compileShippedRulesWithATestPointsRule() throws IOException {
        folder = ShippedRules.copy(Files.createTempDirectory("risk-rules"));
        ShippedRules.write(folder, "policy/test-points.drl", POINTS_RULE);
        withTestPoints = ShippedRules.LOADER.load(RuleSource.directory(folder));
    }

    @AfterAll
    static void removeCopy() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @ParameterizedTest(name = "{0} points: {1}")
    @CsvSource({"0, LOW", "1, LOW", "29, LOW", "30, MEDIUM", "31, MEDIUM", "59, MEDIUM", "60, HIGH", "61, HIGH", "200, HIGH"})
    void riskLevelFollowsTheThresholds(int points, RiskLevel level) {
        ScreeningResult result = ScreeningService.evaluate(withTestPoints,
                TestApplication.valid().website("https://points/" + points).data(), TestApplication.valid().documents());

        assertThat(result.riskPoints()).isEqualTo(points);
        assertThat(result.riskLevel()).isEqualTo(level);
        assertThat(result.findings()).isEmpty();
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
    }

    @Test
    void thresholdsComeFromThePolicySettings() {
        assertThat(ShippedRules.RULES.settings().mediumRiskFrom()).isEqualTo(30);
        assertThat(ShippedRules.RULES.settings().highRiskFrom()).isEqualTo(60);
        assertThat(ShippedRules.RULES.settings().highVolumeCny()).isEqualByComparingTo("1000000");
    }

    @Test
    void paypalAddsTenPoints() {
        ScreeningResult result = screen(TestApplication.valid().providers(WalletProvider.ALIPAY, WalletProvider.PAYPAL));

        assertThat(result.riskPoints()).isEqualTo(10);
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void pointsAddUpAcrossSources() {
        // restricted 40 + PAYPAL 10 + name similar 10 = 60: HIGH
        ScreeningResult result = screen(TestApplication.valid().category("5816")
                .providers(WalletProvider.PAYPAL)
                .replacing(new DocumentEvidence(DocumentType.BUSINESS_LICENSE, "image/jpeg", true, false, null, null,
                        TestApplication.REGISTRATION_NUMBER, "厦让示例贸易有限公司")));

        assertThat(result.riskPoints()).isEqualTo(60);
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
    }

    @Test
    void everySourceTogether() {
        // 40 + 30 + 30 + 10 + 10
        ScreeningResult result = screen(TestApplication.valid().category("5816").volume("2000000", "CNY")
                .providers(WalletProvider.PAYPAL)
                .replacing(new DocumentEvidence(DocumentType.BUSINESS_LICENSE, "image/jpeg", true, false, null, "GIMP",
                        TestApplication.REGISTRATION_NUMBER, "厦让示例贸易有限公司")));

        assertThat(result.riskPoints()).isEqualTo(120);
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.HIGH);
    }
}
