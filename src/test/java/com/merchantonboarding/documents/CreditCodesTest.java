package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

    @Test
    void keepsAValidCode() {
        assertThat(CreditCodes.repair("91350200776049653A")).isEqualTo("91350200776049653A");
        assertThat(CreditCodes.repair("91440101MA5CJQ4N59")).isEqualTo("91440101MA5CJQ4N59");
    }

    @Test
    void repairsLettersTheCodeNeverHolds() {
        assertThat(CreditCodes.repair("9135O2OO776O49653A")).isEqualTo("91350200776049653A");
        assertThat(CreditCodes.repair("913502007760496S3A")).isEqualTo("91350200776049653A");
        assertThat(CreditCodes.repair("9135O2OOO7Z83I9S49")).isEqualTo("913502000728319549");
    }

    @Test
    void repairsLetterLookAlikesInTheDivisionCode() {
        // Characters 2 to 8 are digits: B, G, A there can only be 8, 6, 4.
        assertThat(CreditCodes.repair("9144O1O1MA5CJQ4N59")).isEqualTo("91440101MA5CJQ4N59");
        assertThat(CreditCodes.repair("91A40101MA5CJQ4N59")).isEqualTo("91440101MA5CJQ4N59");
    }

    @Test
    void repairsALookAlikeLetterWhenTheCheckCharacterSinglesItOut() {
        // 8 read as B in the organisation code: B is a code character, so only the check character tells.
        assertThat(CreditCodes.repair("91350200072B319549")).isEqualTo("913502000728319549");
    }

    @Test
    void leavesADigitMisreadAsAnotherDigitUnrepaired() {
        assertThat(CreditCodes.repair("91350200776049654A")).isNull();
        assertThat(CreditCodes.shaped("91350200776049654A")).isTrue();
    }

    @Test
    void leavesAPilotCodeThatFailsTheCheckAsItIs() {
        assertThat(CreditCodes.repair("91350100M0001TGQXM")).isNull();
        assertThat(CreditCodes.repair("91350211M0000XUF46")).isNull();
        assertThat(CreditCodes.shaped("91350100M0001TGQXM")).isTrue();
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertThat(CreditCodes.shaped("BUSINESSLICENCE123")).isFalse();
        assertThat(CreditCodes.shaped("9135020077604965")).isFalse();
        assertThat(CreditCodes.shaped("X1350200776049653A")).isFalse();
        assertThat(CreditCodes.repair(null)).isNull();
    }

    @Test
    void aStringThatPassesTheCheckByChanceIsNoCodeWithoutAProvince() {
        // Read on an upside-down photo: it passes the check character, but division 70xxxx is no province.
        assertThat(com.merchantonboarding.screening.facts.UnifiedSocialCreditCode.isValid("A2701057ENPC505E7E")).isTrue();
        assertThat(CreditCodes.repair("A2701057ENPC505E7E")).isNull();
        assertThat(CreditCodes.shaped("A2701057ENPC505E7E")).isTrue();
        assertThat(CreditCodes.repair("91350200776049653A")).isEqualTo("91350200776049653A");
    }
}
