package com.merchantonboarding.screening;

import static com.merchantonboarding.screening.ShippedRules.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReasonCodesTest {

    private final ReasonCodes codes = RULES.reasonCodes();

    @Test
    void everyCodeTheRulesCanEmitHasEnglishAndChineseTextsWhenMerchantVisible() {
        assertThat(RULES.emittedCodes()).isNotEmpty();
        for (String code : RULES.emittedCodes()) {
            assertThat(codes.contains(code)).as(code + " is in reason-codes.csv").isTrue();
            if (codes.merchantVisible(code)) {
                assertThat(codes.exactText(code, ReasonCodes.ENGLISH)).as(code + " en").isNotBlank();
                assertThat(codes.exactText(code, ReasonCodes.SIMPLIFIED_CHINESE)).as(code + " zh-CN").isNotBlank();
            }
        }
        // the generic code shown in place of an internal rejection, too
        assertThat(codes.exactText("APPLICATION_NOT_SUPPORTED", ReasonCodes.SIMPLIFIED_CHINESE)).isNotBlank();
    }

    @Test
    void rulesEmitTheCodesOfThePolicy() {
        assertThat(RULES.emittedCodes()).containsExactlyInAnyOrder("FIELD_MISSING", "FIELD_INVALID",
                "REGISTRATION_NUMBER_INVALID", "DOCUMENT_MISSING", "DOCUMENT_UNREADABLE", "DOCUMENT_TYPE_NOT_ACCEPTED",
                "REGISTRATION_NUMBER_MISMATCH", "LEGAL_NAME_MISMATCH", "BANK_ACCOUNT_HOLDER_MISMATCH",
                "CATEGORY_PERMIT_REQUIRED", "PROVIDER_NOT_AVAILABLE", "RESTRICTED_CATEGORY", "HIGH_EXPECTED_VOLUME",
                "DOCUMENT_EDITED", "NAME_SIMILAR_TO_LICENCE", "PROHIBITED_CATEGORY");
    }

    @Test
    void tableHoldsEveryCodeOfTheSpecWithItsSeverityAndVisibility() {
        assertThat(codes.codes()).containsExactlyInAnyOrder("FIELD_MISSING", "FIELD_INVALID",
                "REGISTRATION_NUMBER_INVALID", "DOCUMENT_MISSING", "DOCUMENT_UNREADABLE", "DOCUMENT_TYPE_NOT_ACCEPTED",
                "DOCUMENT_EXPIRED", "REGISTRATION_NUMBER_MISMATCH", "LEGAL_NAME_MISMATCH", "BANK_ACCOUNT_HOLDER_MISMATCH",
                "BANK_ACCOUNT_VERIFICATION_FAILED", "CATEGORY_PERMIT_REQUIRED", "PROVIDER_NOT_AVAILABLE",
                "OFFICER_REQUEST", "RESTRICTED_CATEGORY", "HIGH_EXPECTED_VOLUME", "DOCUMENT_EDITED",
                "NAME_SIMILAR_TO_LICENCE", "PROHIBITED_CATEGORY", "APPLICATION_NOT_SUPPORTED");
        for (String internal : List.of("RESTRICTED_CATEGORY", "HIGH_EXPECTED_VOLUME", "DOCUMENT_EDITED", "NAME_SIMILAR_TO_LICENCE")) {
            assertThat(codes.severity(internal)).isEqualTo(Severity.REVIEW);
            assertThat(codes.merchantVisible(internal)).isFalse();
            assertThat(codes.text(internal, Locale.ENGLISH)).isEmpty();
        }
        assertThat(codes.severity("PROHIBITED_CATEGORY")).isEqualTo(Severity.REJECT);
        assertThat(codes.severity("APPLICATION_NOT_SUPPORTED")).isEqualTo(Severity.REJECT);
        assertThat(codes.visibility("APPLICATION_NOT_SUPPORTED")).isEqualTo(MerchantVisibility.GENERIC);
        assertThat(codes.generic("APPLICATION_NOT_SUPPORTED")).isTrue();
        assertThat(codes.generic("PROHIBITED_CATEGORY")).isFalse();
        assertThat(codes.severity("FIELD_MISSING")).isEqualTo(Severity.CHANGES_REQUIRED);
        assertThat(codes.requirement("CATEGORY_PERMIT_REQUIRED")).isEqualTo("documents.CATEGORY_PERMIT");
    }

    @Test
    void textsAreTheSpecTextsInEnglishAndChinese() {
        assertThat(codes.text("REGISTRATION_NUMBER_INVALID", Locale.forLanguageTag("zh-CN")))
                .contains("统一社会信用代码无效，请核对后重新填写。");
        assertThat(codes.text("DOCUMENT_TYPE_NOT_ACCEPTED", Locale.ENGLISH)).contains("Upload a JPEG, PNG or PDF file.");
        assertThat(codes.text("DOCUMENT_TYPE_NOT_ACCEPTED", Locale.SIMPLIFIED_CHINESE)).contains("请上传 JPEG、PNG 或 PDF 格式的文件。");
    }

    @Test
    void otherLocalesFallBackToEnglish() {
        assertThat(codes.text("FIELD_MISSING", Locale.JAPANESE)).contains("This information is required.");
        assertThat(codes.text("FIELD_MISSING", Locale.forLanguageTag("en-GB"))).contains("This information is required.");
        assertThat(codes.text("FIELD_MISSING", null)).contains("This information is required.");
        assertThat(codes.text("FIELD_MISSING", Locale.forLanguageTag("zh-TW"))).contains("此项信息为必填项。");
    }

    @Test
    void unknownCodesStayInternalButHaveNoSeverity() {
        assertThat(codes.merchantVisible("SOMETHING_NEW")).isFalse();
        assertThat(codes.text("SOMETHING_NEW", Locale.ENGLISH)).isEmpty();
        assertThatThrownBy(() -> codes.severity("SOMETHING_NEW")).isInstanceOf(IllegalArgumentException.class);
    }
}
