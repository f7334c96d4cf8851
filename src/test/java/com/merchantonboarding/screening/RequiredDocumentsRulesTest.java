package com.merchantonboarding.screening;

import static com.merchantonboarding.screening.ShippedRules.screen;
import static com.merchantonboarding.screening.ShippedRules.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData.BusinessType;
import com.merchantonboarding.application.ApplicationData.WalletProvider;
import com.merchantonboarding.documents.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredDocumentsRulesTest {

    private static final List<String> ALWAYS = List.of("BUSINESS_LICENSE", "LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK");

    /** policy-defaults.md, "Required documents": by business type, plus TAX_REGISTRATION outside CN. */
    static Stream<Arguments> requiredDocuments() {
        List<Arguments> cases = new ArrayList<>();
        for (BusinessType type : BusinessType.values()) {
            for (String country : List.of("CN", "HK", "SG", "US", "DE")) {
                List<String> expected = new ArrayList<>(ALWAYS);
                if (type != BusinessType.SOLE_PROPRIETOR) {
                    expected.add("BANK_ACCOUNT_PROOF");
                }
                if (!country.equals("CN")) {
                    expected.add("TAX_REGISTRATION");
                }
                cases.add(Arguments.of(type, country, expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("requiredDocuments")
    void documentsAreDueByBusinessTypeAndCountry(BusinessType type, String country, List<String> expected) {
        TestApplication application = TestApplication.valid().businessType(type).country(country)
                .providers(WalletProvider.PAYPAL);
        application.documents.clear();

        ScreeningResult result = screen(application);

        assertThat(summary(result)).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(t -> "DOCUMENT_MISSING@documents." + t).toList());
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CHANGES_REQUIRED));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("requiredDocuments")
    void nothingIsDueWhenTheRequiredDocumentsAreThere(BusinessType type, String country, List<String> expected) {
        TestApplication application = TestApplication.valid().businessType(type).country(country)
                .providers(WalletProvider.PAYPAL);
        application.documents.clear();
        expected.forEach(t -> application.with(DocumentType.valueOf(t)));

        assertThat(screen(application).findings()).isEmpty();
    }

    @Test
    void soleProprietorNeedsNoBankAccountProof() {
        TestApplication application = TestApplication.valid().businessType(BusinessType.SOLE_PROPRIETOR)
                .without(DocumentType.BANK_ACCOUNT_PROOF);

        assertThat(screen(application).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5122", "5912", "5993", "4829", "5933", "6012", "6211"})
    void permitCategoryNeedsCategoryPermit(String mcc) {
        ScreeningResult result = screen(TestApplication.valid().category(mcc));

        assertThat(summary(result)).containsExactlyInAnyOrder(
                "CATEGORY_PERMIT_REQUIRED@documents.CATEGORY_PERMIT", "RESTRICTED_CATEGORY@merchantCategoryCode");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
        assertThat(result.findings("CATEGORY_PERMIT_REQUIRED").get(0).detail()).startsWith("MCC " + mcc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5122", "5912", "5993", "4829", "5933", "6012", "6211"})
    void permitCategoryWithItsPermitGoesToReview(String mcc) {
        ScreeningResult result = screen(TestApplication.valid().category(mcc).with(DocumentType.CATEGORY_PERMIT));

        assertThat(summary(result)).containsExactly("RESTRICTED_CATEGORY@merchantCategoryCode");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5962", "5966", "5968", "4816", "5816", "7297", "5812"})
    void otherCategoriesNeedNoPermit(String mcc) {
        assertThat(screen(TestApplication.valid().category(mcc)).hasFinding("CATEGORY_PERMIT_REQUIRED")).isFalse();
    }
}
