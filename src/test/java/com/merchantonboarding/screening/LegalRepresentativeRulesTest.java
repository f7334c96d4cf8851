package com.merchantonboarding.screening;

import static com.merchantonboarding.screening.ShippedRules.screen;
import static com.merchantonboarding.screening.ShippedRules.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalRepresentativeRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"35020319900101123X", "35020319900101123x", "11010519491231002X"})
    void validResidentIdNumberIsAccepted(String number) {
        TestApplication application = TestApplication.valid();
        application.representativeId = number;

        assertThat(screen(application).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "350203199001011230", // wrong check character
            "350203900101123", // the old 15-digit number
            "350203199002301239", // 30 February, though the check character fits
            "3502 0319 9001 0112 30"}) // spaces are not digits either
    void wrongIdNumberInChinaIsInvalidAndTheFindingDoesNotRepeatIt(String number) {
        TestApplication application = TestApplication.valid();
        application.representativeId = number;

        ScreeningResult result = screen(application);

        assertThat(summary(result)).containsExactly("FIELD_INVALID@legalRepresentative.idNumber");
        assertThat(result.findings().get(0).ruleId()).isEqualTo("LegalRepresentativeIdNumberInvalidIsDue");
        assertThat(result.findings().get(0).detail()).doesNotContain(number);
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E12345678", "H12345678", "G1234567890"})
    void foreignDocumentNumbersWithLettersAreLeftToOfficers(String number) {
        TestApplication application = TestApplication.valid();
        application.representativeId = number;

        assertThat(screen(application).findings()).isEmpty();
    }

    @Test
    void idNumbersOutsideChinaAreNotCheckedAgainstTheChineseFormat() {
        TestApplication application = TestApplication.valid().readyFor("SG").registrationNumber("201912345K")
                .providers(WalletProvider.ALIPAY);
        application.representativeId = "S1234567D";

        assertThat(screen(application).findings()).isEmpty();
    }
}
