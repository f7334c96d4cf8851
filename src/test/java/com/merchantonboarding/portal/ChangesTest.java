package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationView.DocumentView;
import com.merchantonboarding.application.ApplicationView.Inspection;
import com.merchantonboarding.documents.DocumentType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which due items count as touched since the request: resubmitting waits for all of them. */
class ChangesTest {

    private final Changes changes = new Changes(null, new ObjectMapper());
    private final UUID licence = UUID.randomUUID();

    @Test
    void aFieldIsTouchedWhenItsValueDiffersFromTheSubmittedRevision() {
        ApplicationData before = data("厦门示例贸易有限公司", "6222020200112233445");
        List<String> due = List.of("legalName", "bankAccount.accountNumber", "bankAccount.holderName");
        assertThat(changes.touched(due, before, Set.of(), before, List.of())).isEmpty();
        ApplicationData after = data("厦门示例贸易有限公司 ", "6222020200112233446");
        assertThat(changes.touched(due, before, Set.of(), after, List.of()))
                .containsExactlyInAnyOrder("legalName", "bankAccount.accountNumber");
    }

    @Test
    void aListOrAGroupIsTouchedWhenAnythingInItChanged() {
        ApplicationData before = data("A", "6222020200112233445");
        ApplicationData after = new ApplicationData("A", null, null, null, null, null, null, null, null, null,
                List.of(new ApplicationData.BeneficialOwner("王小明", 60.0)), before.bankAccount(),
                List.of(ApplicationData.WalletProvider.ALIPAY), List.of());
        assertThat(changes.touched(List.of("beneficialOwners", "walletProviders", "beneficialOwners[0].fullName",
                "paymentFeatures"), before, Set.of(), after, List.of()))
                .containsExactlyInAnyOrder("beneficialOwners", "walletProviders", "beneficialOwners[0].fullName");
    }

    @Test
    void aDocumentIsTouchedWhenOneOfItsTypeWasUploadedAfterTheRequest() {
        ApplicationData data = data("A", null);
        List<String> due = List.of("documents.BUSINESS_LICENSE", "documents.BANK_ACCOUNT_PROOF");
        DocumentView old = document(licence, DocumentType.BUSINESS_LICENSE);
        assertThat(changes.touched(due, data, Set.of(licence), data, List.of(old))).isEmpty();
        DocumentView replacement = document(UUID.randomUUID(), DocumentType.BUSINESS_LICENSE);
        assertThat(changes.touched(due, data, Set.of(licence), data, List.of(replacement)))
                .containsExactly("documents.BUSINESS_LICENSE");
    }

    @Test
    void feedbackAllowsTheResubmissionOnlyWhenEveryDueItemWasTouched() {
        var errors = List.of(
                new com.merchantonboarding.application.ApplicationView.RequirementError("documents.BUSINESS_LICENSE",
                        "OFFICER_REQUEST", "The photo is cut off.", "The photo is cut off."),
                new com.merchantonboarding.application.ApplicationView.RequirementError("legalName",
                        "LEGAL_NAME_MISMATCH", "The legal name does not match.", null),
                new com.merchantonboarding.application.ApplicationView.RequirementError(null,
                        "APPLICATION_NOT_SUPPORTED", "General.", null));
        Feedback partly = new Feedback(errors, Instant.now(), null, Set.of("legalName"));
        assertThat(partly.due()).containsExactly("documents.BUSINESS_LICENSE", "legalName");
        assertThat(partly.allTouched()).isFalse();
        assertThat(partly.untouched()).containsExactly("documents.BUSINESS_LICENSE");
        assertThat(partly.of(Step.DOCUMENTS)).hasSize(1);
        assertThat(partly.general()).hasSize(1);
        assertThat(partly.dueBySteps()).containsOnlyKeys(Step.BUSINESS, Step.DOCUMENTS);
        assertThat(new Feedback(errors, null, null, Set.of("legalName", "documents.BUSINESS_LICENSE")).allTouched())
                .isTrue();
    }

    private static ApplicationData data(String legalName, String accountNumber) {
        return new ApplicationData(legalName, null, null, null, null, null, null, null, null, null, null,
                accountNumber == null ? null
                        : new ApplicationData.BankAccount("厦门示例贸易有限公司", accountNumber, "中国工商银行", "CNY"),
                null, null);
    }

    private static DocumentView document(UUID id, DocumentType type) {
        return new DocumentView(id, type, "licence.jpg", 1000, "image/jpeg", Instant.now(),
                new Inspection("PASSED", List.of()));
    }
}
