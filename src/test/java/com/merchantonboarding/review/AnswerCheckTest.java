package com.merchantonboarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an officer's answer to a merchant may not contain (docs/merchant-questions.md). */
class AnswerCheckTest {

    private static final Set<String> INTERNAL = Set.of("RESTRICTED_CATEGORY", "HIGH_EXPECTED_VOLUME",
            "DOCUMENT_EDITED", "NAME_SIMILAR_TO_LICENCE");
    private static final List<String> RULE_IDS = List.of("risk-volume-high");
    private static final List<String> NOTES = List.of("Licence photo looks edited in the lower corner. Ask for the"
            + " original scan.\\nCalled the bank: account exists.");

    private static Optional<String> check(String answer) {
        return AnswerCheck.problem(answer, 2000, INTERNAL, RULE_IDS, NOTES);
    }

    @Test
    void acceptsAPlainAnswerAboutWhatTheMerchantWasAskedFor() {
        assertThat(check("A scan of the whole page is fine; all four corners must be visible.\n请上传完整页面。"))
                .isEmpty();
    }

    @Test
    void refusesAnEmptyOrOverlongAnswer() {
        assertThat(check("   \n ")).contains("The answer must not be empty.");
        assertThat(AnswerCheck.problem("x".repeat(2001), 2000, INTERNAL, RULE_IDS, NOTES))
                .contains("The answer is too long: at most 2000 characters.");
        assertThat(AnswerCheck.problem("营".repeat(2000), 2000, INTERNAL, RULE_IDS, NOTES)).isEmpty();
    }

    @Test
    void refusesMarkupAndControlCharacters() {
        assertThat(check("See <a href=\"https://evil.example\">here</a>")).get().asString().contains("plain text");
        assertThat(check("Fine &amp; dandy")).get().asString().contains("plain text");
        assertThat(check("Bell\u0007")).get().asString().contains("control");
        assertThat(check("Amounts < 5 and > 3 are fine")).isEmpty();
    }

    @Test
    void refusesInternalReasonCodesHoweverTheyAreWritten() {
        assertThat(check("Your case raised DOCUMENT_EDITED.")).get().asString()
                .contains("DOCUMENT_EDITED", "internal finding");
        assertThat(check("it was a restricted category")).get().asString().contains("RESTRICTED_CATEGORY");
        assertThat(check("High-expected-volume check")).get().asString().contains("HIGH_EXPECTED_VOLUME");
        assertThat(check("The document was edited? No, just blurred.")).isEmpty();
    }

    @Test
    void refusesTheRuleIdOfAnInternalFinding() {
        assertThat(check("Rule risk-volume-high fired.")).get().asString().contains("risk-volume-high");
    }

    @Test
    void refusesACaseNoteOrASentenceOfOneCopiedIn() {
        assertThat(check("Hello. licence photo looks  edited in the lower corner. Thanks")).get().asString()
                .contains("case note");
        assertThat(check("Please send the original scan of the licence.")).isEmpty();
    }
}
