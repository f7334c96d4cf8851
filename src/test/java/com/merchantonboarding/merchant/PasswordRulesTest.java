package com.merchantonboarding.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.merchant.PasswordRules.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B's rules for the merchants' passwords. */
class PasswordRulesTest {

    private static Optional<Problem> check(String password) {
        return PasswordRules.check(password, "owner@tea.example.cn", "Example Tea House");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "a-long-password-123", "厦门的茶很好喝而且价格公道", "tea & biscuits at 4",
            "ALL CAPS ARE FINE TOO", "nodigitsnocapitals", "  spaces   around  "})
    void acceptsLongPasswordsOfAnyPrintableCharactersWithoutCompositionRules(String password) {
        assertThat(check(password)).isEmpty();
    }

    @Test
    void needsTwelveCharactersCountedAsCharactersNotBytes() {
        assertThat(check("short-pw-11")).contains(Problem.TOO_SHORT);
        assertThat(check(null)).contains(Problem.TOO_SHORT);
        assertThat(check("twelve-chars")).isEmpty();
        // Twelve Chinese characters are twelve characters (36 bytes).
        assertThat(check("我们的茶馆在厦门鼓浪屿上")).isEmpty();
        assertThat(check("我们的茶馆在厦门鼓浪屿")).contains(Problem.TOO_SHORT);
    }

    @Test
    void allowsSixtyFourCharactersAndNoMore() {
        String sixtyFour = "tea-house-".repeat(6) + "abcd";
        assertThat(sixtyFour).hasSize(64);
        assertThat(check(sixtyFour)).isEmpty();
        assertThat(check(sixtyFour + "e")).contains(Problem.TOO_LONG);
        // The stored hash (BCrypt) reads 72 bytes at most: 25 Chinese characters are 75 bytes.
        assertThat(check("我们的茶馆在厦门鼓浪屿上开了二十年，欢迎大家来喝茶吧")).contains(Problem.TOO_LONG);
    }

    @Test
    void refusesControlCharacters() {
        assertThat(check("line one\nline two")).contains(Problem.NOT_PRINTABLE);
        assertThat(check("tab\tseparated words")).contains(Problem.NOT_PRINTABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234!", "iloveyou2024", "qwertyuiop12", "letmein12345",
            "baseball1234", "PASSWORD!!!!", "sunshine 2025"})
    void refusesCommonPasswordsAlsoWithDigitsOrSymbolsAdded(String password) {
        assertThat(check(password)).contains(Problem.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abcabcabcabc", "123456789012", "abcdefghijklm", "zyxwvutsrqpo",
            "098765432109"})
    void refusesRepetitionsAndSequences(String password) {
        assertThat(check(password)).contains(Problem.REPETITIVE);
    }

    @Test
    void refusesTheMerchantsOwnEmailOrName() {
        assertThat(check("owner@tea.example.cn")).contains(Problem.PERSONAL);
        assertThat(check("Example Tea House")).contains(Problem.PERSONAL);
        assertThat(check("exampleteahouse2024")).contains(Problem.PERSONAL);
        assertThat(check("owner2024!!!!")).contains(Problem.PERSONAL);
    }

    @Test
    void theShippedListHasSomeThousandsOfPasswords() {
        assertThat(PasswordRules.isCommon("123456")).isTrue();
        assertThat(PasswordRules.isCommon("trustno1")).isTrue();
        assertThat(PasswordRules.isCommon("correct horse battery staple")).isFalse();
    }
}
