package com.merchantonboarding.screening;

import static com.merchantonboarding.screening.ShippedRules.screen;
import static com.merchantonboarding.screening.ShippedRules.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.screening.facts.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationNumberRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350200776049653A", "913502000728319549", "9135021359498494XQ", "91440101MA5CJQ4N59"})
    void validUnifiedSocialCreditCodeIsAccepted(String number) {
        assertThat(UnifiedSocialCreditCode.isValid(number)).isTrue();
        assertThat(screen(TestApplication.valid().registrationNumber(number)).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M0001TGQXM", "91350211M0000XUF46"})
    void pilotCodeOnTheAllowListIsAcceptedThoughItFailsTheCheck(String number) {
        assertThat(UnifiedSocialCreditCode.isValid(number)).isFalse();
        assertThat(screen(TestApplication.valid().registrationNumber(number)).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350200776049653B", // wrong check character
            "913502007760496530", // wrong check character (digit)
            "91350200776049653", // 17 characters
            "91350200776049653AA", // 19 characters
            "9135020077604965IA", // I is not in the alphabet
            "91350200776O49653A", // O is not in the alphabet
            "91350200776049653a", // lower case
            "12345",
            "not a number"})
    void wrongCodeInChinaIsInvalid(String number) {
        ScreeningResult result = screen(TestApplication.valid().registrationNumber(number));

        assertThat(summary(result)).containsExactly("REGISTRATION_NUMBER_INVALID@registrationNumber");
        assertThat(result.findings().get(0).ruleId()).isEqualTo("ChineseRegistrationNumberInvalidIsDue");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @Test
    void numbersOutsideChinaAreNotCheckedAgainstTheChineseFormat() {
        assertThat(screen(TestApplication.valid().readyFor("SG").registrationNumber("201912345K")
                .providers(com.merchantonboarding.application.ApplicationData.WalletProvider.ALIPAY)).findings())
                .isEmpty();
    }

    @Test
    void checkCharacterFollowsGb32100() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350200776049653")).isEqualTo('A');
        assertThat(UnifiedSocialCreditCode.checkCharacter("91440101MA5CJQ4N5")).isEqualTo('9');
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
        assertThat(UnifiedSocialCreditCode.same("9135 0200 7760 4965 3a", "91350200776049653A")).isTrue();
    }
}
