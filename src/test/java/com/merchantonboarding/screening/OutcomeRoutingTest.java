package com.merchantonboarding.screening;

import com.merchantonboarding.documents.DocumentEvidence;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData.WalletProvider;
import com.merchantonboarding.documents.DocumentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

class OutcomeRoutingTest {

    private static Path folder;
    private static RuleBase automaticApproval;

    @BeforeAll
    static void compileACopyWithAutomaticApprovalOn() throws IOException {
        folder = ShippedRules.copy(Files.createTempDirectory("auto-approval"));
        ShippedRules.edit(folder, "policy.properties",
                text -> text.replace("approval.automatic-low-risk=false", "approval.automatic-low-risk=true"));
        automaticApproval = ShippedRules.LOADER.load(RuleSource.directory(folder));
    }

    @AfterAll
    static void removeCopy() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    private static Finding finding(Severity severity) {
        return new Finding("X", "legalName", severity, "Rule", "detail");
    }

    @Test
    void routingFollowsTheReasonCodeSpec() {
        assertThat(ScreeningService.outcome(List.of(finding(Severity.CHANGES_REQUIRED), finding(Severity.REJECT)), RiskLevel.HIGH, true))
                .isEqualTo(ScreeningOutcome.REJECT);
        assertThat(ScreeningService.outcome(List.of(finding(Severity.REVIEW), finding(Severity.CHANGES_REQUIRED)), RiskLevel.HIGH, true))
                .isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
        assertThat(ScreeningService.outcome(List.of(finding(Severity.REVIEW)), RiskLevel.LOW, true))
                .isEqualTo(ScreeningOutcome.REVIEW);
        assertThat(ScreeningService.outcome(List.of(), RiskLevel.MEDIUM, true)).isEqualTo(ScreeningOutcome.REVIEW);
        assertThat(ScreeningService.outcome(List.of(), RiskLevel.HIGH, true)).isEqualTo(ScreeningOutcome.REVIEW);
        assertThat(ScreeningService.outcome(List.of(finding(Severity.INFO)), RiskLevel.LOW, true)).isEqualTo(ScreeningOutcome.APPROVE);
        assertThat(ScreeningService.outcome(List.of(), RiskLevel.LOW, true)).isEqualTo(ScreeningOutcome.APPROVE);
        assertThat(ScreeningService.outcome(List.of(), RiskLevel.LOW, false)).isEqualTo(ScreeningOutcome.REVIEW);
    }

    @Test
    void rejectionWinsOverEverythingDue() {
        TestApplication application = TestApplication.valid().category("7995").without(DocumentType.BUSINESS_LICENSE);
        application.email = null;

        ScreeningResult result = ShippedRules.screen(application);

        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REJECT);
        assertThat(result.findings().get(0).code()).isEqualTo("PROHIBITED_CATEGORY");
        assertThat(result.findings()).extracting(Finding::code)
                .contains("FIELD_MISSING", "DOCUMENT_MISSING");
    }

    @Test
    void changesDueWinOverReview() {
        ScreeningResult result = ShippedRules.screen(TestApplication.valid().category("5912"));

        assertThat(result.hasFinding("RESTRICTED_CATEGORY")).isTrue();
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @Test
    void automaticApprovalIsOffAsShipped() {
        assertThat(ShippedRules.RULES.settings().automaticLowRiskApproval()).isFalse();
        assertThat(ShippedRules.screen(TestApplication.valid()).outcome()).isEqualTo(ScreeningOutcome.REVIEW);
    }

    @Test
    void automaticApprovalSwitchedOnApprovesLowRiskWithoutFindings() {
        TestApplication clean = TestApplication.valid();
        TestApplication paypal = TestApplication.valid().providers(WalletProvider.PAYPAL);

        assertThat(ScreeningService.evaluate(automaticApproval, clean.data(), clean.documents()).outcome())
                .isEqualTo(ScreeningOutcome.APPROVE);
        ScreeningResult lowWithPoints = ScreeningService.evaluate(automaticApproval, paypal.data(), paypal.documents());
        assertThat(lowWithPoints.riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(lowWithPoints.outcome()).isEqualTo(ScreeningOutcome.APPROVE);
    }

    @Test
    void automaticApprovalNeverSkipsAReviewFindingOrMediumRisk() {
        TestApplication similarName = TestApplication.valid().replacing(new DocumentEvidence(DocumentType.BUSINESS_LICENSE,
                "image/jpeg", true, false, null, null, TestApplication.REGISTRATION_NUMBER, "厦让示例贸易有限公司"));
        TestApplication medium = TestApplication.valid().category("5816");

        ScreeningResult review = ScreeningService.evaluate(automaticApproval, similarName.data(), similarName.documents());
        assertThat(review.riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(review.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
        assertThat(ScreeningService.evaluate(automaticApproval, medium.data(), medium.documents()).outcome())
                .isEqualTo(ScreeningOutcome.REVIEW);
    }

    @Test
    void switchChangesTheVersion() {
        assertThat(automaticApproval.version()).startsWith("2026.11-1@").isNotEqualTo(ShippedRules.RULES.version());
    }

    @Test
    void serviceScreensWithTheHeldRuleBase() {
        ScreeningService service = new ScreeningService(new RuleBaseHolder(ShippedRules.LOADER, automaticApproval));

        assertThat(service.screen(TestApplication.valid().data(), TestApplication.valid().documents()).outcome())
                .isEqualTo(ScreeningOutcome.APPROVE);
        assertThat(service.screen(ShippedRules.RULES, TestApplication.valid().data(), TestApplication.valid().documents())
                .outcome()).isEqualTo(ScreeningOutcome.REVIEW);
    }
}
