package com.merchantonboarding.screening;

import com.merchantonboarding.documents.DocumentEvidence;
import static com.merchantonboarding.screening.ShippedRules.screen;
import static com.merchantonboarding.screening.ShippedRules.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.documents.DocumentType;
import org.junit.jupiter.api.Test;

class DocumentEvidenceRulesTest {

    private static DocumentEvidence licence(String number, String name) {
        return new DocumentEvidence(DocumentType.BUSINESS_LICENSE, "image/jpeg", true, false, null, null, number, name);
    }

    @Test
    void documentOfAnUnacceptedTypeIsDue() {
        ScreeningResult result = screen(TestApplication.valid().replacing(new DocumentEvidence(
                DocumentType.BANK_ACCOUNT_PROOF, "application/zip", false, false, null, null, null, null)));

        assertThat(summary(result)).containsExactly("DOCUMENT_TYPE_NOT_ACCEPTED@documents.BANK_ACCOUNT_PROOF");
        assertThat(result.findings().get(0).detail()).isEqualTo("BANK_ACCOUNT_PROOF is application/zip, not JPEG, PNG or PDF");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @Test
    void unreadableDocumentIsDue() {
        ScreeningResult result = screen(TestApplication.valid().replacing(new DocumentEvidence(
                DocumentType.LEGAL_REP_ID_FRONT, "image/png", true, true, "shorter side 420 px", null, null, null)));

        assertThat(summary(result)).containsExactly("DOCUMENT_UNREADABLE@documents.LEGAL_REP_ID_FRONT");
        assertThat(result.findings().get(0).detail()).isEqualTo("LEGAL_REP_ID_FRONT is unreadable: shorter side 420 px");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @Test
    void editedDocumentNeedsReviewWithThirtyPoints() {
        ScreeningResult result = screen(TestApplication.valid().replacing(new DocumentEvidence(
                DocumentType.BANK_ACCOUNT_PROOF, "image/jpeg", true, false, null, "Adobe Photoshop 25.0", null, null)));

        assertThat(summary(result)).containsExactly("DOCUMENT_EDITED@documents.BANK_ACCOUNT_PROOF");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.REVIEW);
        assertThat(result.riskPoints()).isEqualTo(30);
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
    }

    @Test
    void twoEditedDocumentsAddTheirPointsOnce() {
        ScreeningResult result = screen(TestApplication.valid()
                .replacing(new DocumentEvidence(DocumentType.LEGAL_REP_ID_FRONT, "image/jpeg", true, false, null, "GIMP", null, null))
                .replacing(new DocumentEvidence(DocumentType.LEGAL_REP_ID_BACK, "image/jpeg", true, false, null, "GIMP", null, null)));

        assertThat(result.findings("DOCUMENT_EDITED")).hasSize(2);
        assertThat(result.riskPoints()).isEqualTo(30);
    }

    @Test
    void licenceNumberThatDiffersFromTheDeclaredOneIsAMismatch() {
        ScreeningResult result = screen(TestApplication.valid().replacing(
                licence("913502000728319549", TestApplication.LEGAL_NAME)));

        assertThat(summary(result)).containsExactly("REGISTRATION_NUMBER_MISMATCH@registrationNumber");
        assertThat(result.findings().get(0).ruleId()).isEqualTo("LicenceRegistrationNumberMismatchIsDue");
    }

    @Test
    void licenceNumberReadWithSpacesMatches() {
        assertThat(screen(TestApplication.valid().replacing(licence("9135 0200 7760 4965 3A", TestApplication.LEGAL_NAME)))
                .findings()).isEmpty();
    }

    @Test
    void licenceWithoutANumberReadIsNotAMismatch() {
        assertThat(screen(TestApplication.valid().replacing(licence(null, null))).findings()).isEmpty();
    }

    @Test
    void clearlyDifferentLicenceNameIsAMismatch() {
        ScreeningResult result = screen(TestApplication.valid().replacing(
                licence(TestApplication.REGISTRATION_NUMBER, "福州另一家科技有限公司")));

        assertThat(summary(result)).containsExactly("LEGAL_NAME_MISMATCH@legalName");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @Test
    void licenceNameOneCharacterOffIsSimilarAndNeedsReviewWithTenPoints() {
        // An OCR misreading seen on clean licences: 厦门 read as 厦让, with spaces between characters.
        ScreeningResult result = screen(TestApplication.valid().replacing(
                licence(TestApplication.REGISTRATION_NUMBER, "厦 让 示 例 贸 易 有 限 公 司")));

        assertThat(summary(result)).containsExactly("NAME_SIMILAR_TO_LICENCE@legalName");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.REVIEW);
        assertThat(result.findings().get(0).detail()).endsWith("(similarity 0.90)");
        assertThat(result.riskPoints()).isEqualTo(10);
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
    }

    @Test
    void licenceNameReadWithSpacesAndFullWidthCharactersMatches() {
        assertThat(screen(TestApplication.valid().legalName("Example Trading (Xiamen) Co., Ltd.")
                .holderName("Example Trading (Xiamen) Co., Ltd.")
                .replacing(licence(TestApplication.REGISTRATION_NUMBER, "ＥＸＡＭＰＬＥ TRADING（XIAMEN）CO. LTD")))
                .findings()).isEmpty();
    }

    @Test
    void tenDocumentsAreEachJudged() {
        TestApplication application = TestApplication.valid().with(DocumentType.CATEGORY_PERMIT);
        for (int i = 0; i < 5; i++) {
            application.with(new DocumentEvidence(DocumentType.TAX_REGISTRATION, "image/bmp", false, false, null, null, null, null));
        }

        ScreeningResult result = screen(application);

        assertThat(application.documents()).hasSize(10);
        // identical findings of identical documents collapse into one
        assertThat(summary(result)).containsExactly("DOCUMENT_TYPE_NOT_ACCEPTED@documents.TAX_REGISTRATION");
    }
}
