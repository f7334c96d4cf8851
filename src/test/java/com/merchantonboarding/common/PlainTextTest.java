package com.merchantonboarding.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void normalizesLineEndsAndSurroundingBlanks() {
        assertThat(PlainText.normalize("  one\r\ntwo\rthree \n")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void takesPlainTextInAnyScriptWithinTheLimit() {
        assertThat(PlainText.problem("营业执照可以用扫描件吗？\nIs a scan OK? 3 < 4", 100)).isEmpty();
        assertThat(PlainText.problem("营".repeat(10), 10)).isEmpty();
        assertThat(PlainText.problem("营".repeat(11), 10)).contains("is too long: at most 10 characters");
    }

    @Test
    void refusesEmptyTextMarkupEntitiesAndHiddenCharacters() {
        assertThat(PlainText.problem(" \n", 10)).contains("must not be empty");
        assertThat(PlainText.problem("<script>alert(1)</script>", 100)).get().asString().contains("plain text");
        assertThat(PlainText.problem("<!-- hi", 100)).get().asString().contains("plain text");
        assertThat(PlainText.problem("&lt;b&gt;", 100)).get().asString().contains("plain text");
        assertThat(PlainText.problem("abc\u202Edef", 100)).get().asString().contains("direction");
        assertThat(PlainText.problem("a\u0000b", 100)).get().asString().contains("control");
    }
}
