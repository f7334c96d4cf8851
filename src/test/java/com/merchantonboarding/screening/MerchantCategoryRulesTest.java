package com.merchantonboarding.screening;

import static com.merchantonboarding.screening.ShippedRules.RULES;
import static com.merchantonboarding.screening.ShippedRules.screen;
import static com.merchantonboarding.screening.ShippedRules.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.documents.DocumentType;
import com.merchantonboarding.screening.facts.MerchantCategory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MerchantCategoryRulesTest {

    static final Set<String> PROHIBITED = Set.of("7995", "7800", "7801", "7802", "5967", "7273", "6051");
    static final Set<String> RESTRICTED = Set.of("5122", "5912", "5993", "5962", "5966", "5968", "4816", "5816",
            "4829", "5933", "6012", "6211", "7297");
    static final Set<String> PERMIT = Set.of("5122", "5912", "5993", "4829", "5933", "6012", "6211");

    @ParameterizedTest
    @ValueSource(strings = {"7995", "7800", "7801", "7802", "5967", "7273", "6051"})
    void prohibitedCategoryRejects(String mcc) {
        ScreeningResult result = screen(TestApplication.valid().category(mcc));

        assertThat(summary(result)).containsExactly("PROHIBITED_CATEGORY@merchantCategoryCode");
        Finding finding = result.findings().get(0);
        assertThat(finding.severity()).isEqualTo(Severity.REJECT);
        assertThat(finding.ruleId()).isEqualTo("ProhibitedCategoryRejects");
        assertThat(finding.detail()).startsWith("MCC " + mcc + " ").endsWith(" is prohibited");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REJECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5122", "5912", "5993", "5962", "5966", "5968", "4816", "5816", "4829", "5933", "6012",
            "6211", "7297"})
    void restrictedCategoryGoesToReviewWithFortyPoints(String mcc) {
        ScreeningResult result = screen(TestApplication.valid().category(mcc).with(DocumentType.CATEGORY_PERMIT));

        assertThat(summary(result)).containsExactly("RESTRICTED_CATEGORY@merchantCategoryCode");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.REVIEW);
        assertThat(result.riskPoints()).isEqualTo(40);
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "1234", "9998"})
    void unknownCategoryIsInvalid(String mcc) {
        ScreeningResult result = screen(TestApplication.valid().category(mcc));

        assertThat(summary(result)).containsExactly("FIELD_INVALID@merchantCategoryCode");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @Test
    void shippedTableHoldsThePolicyTreatments() {
        assertThat(RULES.tables().categories()).hasSize(981);
        assertThat(codes(MerchantCategory.PROHIBITED)).isEqualTo(PROHIBITED);
        assertThat(codes(MerchantCategory.RESTRICTED)).isEqualTo(RESTRICTED);
        assertThat(RULES.tables().categories().stream().filter(MerchantCategory::isPermitRequired)
                .map(MerchantCategory::getCode).collect(Collectors.toSet())).isEqualTo(PERMIT);
        assertThat(RULES.tables().category("5812")).get().extracting(MerchantCategory::getTreatment)
                .isEqualTo(MerchantCategory.ALLOWED);
    }

    private static Set<String> codes(String treatment) {
        return RULES.tables().categories().stream().filter(c -> c.getTreatment().equals(treatment))
                .map(MerchantCategory::getCode).collect(Collectors.toSet());
    }
}
