package com.merchantonboarding.review;

import com.merchantonboarding.common.PlainText;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an officer's answer to a merchant may not be: anything but plain text within {@code maxLength}, or text that
 * reveals what only officers see. "Internal" here is what spec/reason-codes.md keeps from merchants: the codes marked
 * merchant-visible {@code no} (also written with spaces or hyphens: "restricted category"), the rule ids of the
 * application's internal findings, and the officers' case notes (a note, or a sentence of one of 20 characters or
 * more, copied into the answer). The check is a safety net against copy and paste, not a censor of wording.
 */
final class AnswerCheck {

    /** A sentence of a case note that long or longer may not reappear in an answer. */
    static final int NOTE_FRAGMENT = 20;
    private static final Pattern SENTENCES = Pattern.compile("[.!?。！？;；\\n]+");

    private AnswerCheck() {
    }

    /** Why the answer cannot be sent to the merchant, as the officer reads it in Tasklist; empty when it can. */
    static Optional<String> problem(String answer, int maxLength, Collection<String> internalCodes,
                                    Collection<String> internalRuleIds, Collection<String> notes) {
        Optional<String> plain = PlainText.problem(answer, maxLength);
        if (plain.isPresent()) {
            return Optional.of("The answer " + plain.get() + ".");
        }
        String text = PlainText.normalize(answer);
        for (String code : internalCodes) {
            String words = code.replace("_", "[\\s_-]+");
            if (Pattern.compile("(?<![A-Za-z0-9_])" + words + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE)
                    .matcher(text).find()) {
                return Optional.of("The answer names " + code + ", an internal finding: merchants never learn "
                        + "which internal checks fired. Rephrase it without that.");
            }
        }
        for (String ruleId : internalRuleIds) {
            if (ruleId != null && ruleId.length() >= 3 && Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(ruleId)
                    + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE).matcher(text).find()) {
                return Optional.of("The answer names the rule " + ruleId + " of an internal finding: merchants never "
                        + "learn which internal checks fired. Rephrase it without that.");
            }
        }
        String flat = flat(text);
        for (String note : notes) {
            if (note == null) {
                continue;
            }
            String whole = flat(note);
            if (whole.length() >= NOTE_FRAGMENT && flat.contains(whole)) {
                return Optional.of("The answer repeats a case note: case notes are for officers only.");
            }
            for (String sentence : SENTENCES.split(note)) {
                String fragment = flat(sentence);
                if (fragment.length() >= NOTE_FRAGMENT && flat.contains(fragment)) {
                    return Optional.of("The answer repeats a case note (\"" + shorten(sentence.strip())
                            + "\"): case notes are for officers only.");
                }
            }
        }
        return Optional.empty();
    }

    private static String flat(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
