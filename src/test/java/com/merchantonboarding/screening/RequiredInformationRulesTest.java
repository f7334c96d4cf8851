package com.merchantonboarding.screening;

import static com.merchantonboarding.screening.ShippedRules.screen;
import static com.merchantonboarding.screening.ShippedRules.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationData.PaymentFeature;
import com.merchantonboarding.application.ApplicationData.WalletProvider;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequiredInformationRulesTest {

    static Stream<Arguments> requiredFields() {
        return Stream.of(
                field("legalName", a -> a.legalName = null),
                field("businessType", a -> a.businessType = null),
                field("registrationNumber", a -> a.registrationNumber = null),
                field("country", a -> a.country = null),
                field("merchantCategoryCode", a -> a.merchantCategoryCode = null),
                field("contact.email", a -> a.email = null),
                field("contact.phone", a -> a.phone = null),
                field("legalRepresentative.fullName", a -> a.representativeName = null),
                field("legalRepresentative.idNumber", a -> a.representativeId = null),
                field("bankAccount.holderName", a -> a.holderName = null),
                field("bankAccount.accountNumber", a -> a.accountNumber = null),
                field("bankAccount.bankName", a -> a.bankName = null),
                field("walletProviders", a -> a.providers = List.of()));
    }

    private static Arguments field(String path, Consumer<TestApplication> blank) {
        return Arguments.of(path, blank);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void missingRequiredFieldIsDue(String path, Consumer<TestApplication> blank) {
        TestApplication application = TestApplication.valid();
        blank.accept(application);

        ScreeningResult result = screen(application);

        assertThat(summary(result)).containsExactly("FIELD_MISSING@" + path);
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.CHANGES_REQUIRED);
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @Test
    void blankTextCountsAsMissing() {
        TestApplication application = TestApplication.valid();
        application.legalName = "   ";
        application.bankName = "";

        assertThat(summary(screen(application)))
                .containsExactlyInAnyOrder("FIELD_MISSING@legalName", "FIELD_MISSING@bankAccount.bankName");
    }

    @Test
    void websiteIsDueWhenPaymentLinkIsAskedFor() {
        TestApplication application = TestApplication.valid().website(null)
                .features(PaymentFeature.QR_CODE, PaymentFeature.PAYMENT_LINK);

        ScreeningResult result = screen(application);

        assertThat(summary(result)).containsExactly("FIELD_MISSING@website");
        assertThat(result.findings().get(0).ruleId()).isEqualTo("WebsiteMissingForPaymentLinkIsDue");
    }

    @Test
    void websiteIsOptionalWithoutPaymentLink() {
        TestApplication application = TestApplication.valid().website(null).features(PaymentFeature.QR_CODE);

        assertThat(screen(application).findings()).isEmpty();
    }

    @Test
    void emptyApplicationListsEveryRequiredFieldAndTheAlwaysRequiredDocuments() {
        ScreeningResult result = screen(ApplicationData.empty(), List.of());

        assertThat(summary(result)).containsExactlyInAnyOrder(
                "FIELD_MISSING@legalName", "FIELD_MISSING@businessType", "FIELD_MISSING@registrationNumber",
                "FIELD_MISSING@country", "FIELD_MISSING@merchantCategoryCode", "FIELD_MISSING@contact.email",
                "FIELD_MISSING@contact.phone", "FIELD_MISSING@legalRepresentative.fullName",
                "FIELD_MISSING@legalRepresentative.idNumber", "FIELD_MISSING@bankAccount.holderName",
                "FIELD_MISSING@bankAccount.accountNumber", "FIELD_MISSING@bankAccount.bankName",
                "FIELD_MISSING@walletProviders",
                "DOCUMENT_MISSING@documents.BUSINESS_LICENSE", "DOCUMENT_MISSING@documents.LEGAL_REP_ID_FRONT",
                "DOCUMENT_MISSING@documents.LEGAL_REP_ID_BACK");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void nullDocumentsAndNullDataAreScreenedAsEmpty() {
        ScreeningResult result = screen(null, null);

        assertThat(result.findings()).hasSize(16);
    }

    @Test
    void findingDetailNeverCarriesTheBankAccountOrIdNumber() {
        TestApplication application = TestApplication.valid().holderName("Someone Else");
        application.providers = List.of(WalletProvider.PAYPAL);

        ScreeningResult result = screen(application);

        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.detail())
                .doesNotContain(application.accountNumber).doesNotContain(application.representativeId));
    }
}
