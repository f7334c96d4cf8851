package com.merchantonboarding.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free text that people write to each other through the application (a merchant's question, an officer's answer):
 * plain text within a length, no markup and no control characters. It is stored as written and always shown escaped;
 * refusing markup keeps a mail client or a careless copy from ever rendering it.
 */
public final class PlainText {

    /** An HTML or XML tag, comment or declaration: {@code <b>}, {@code </a>}, {@code <!-- }, {@code <?xml}. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z!-][^>]*>|<!--|&#?[A-Za-z0-9]+;");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private PlainText() {
    }

    /** The text as stored: line ends as {@code \n}, surrounding blanks removed. */
    public static String normalize(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Why the (normalized) text cannot be taken, in English; empty when it can. */
    public static Optional<String> problem(String text, int maxLength) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (normalized.codePointCount(0, normalized.length()) > maxLength) {
            return Optional.of("is too long: at most " + maxLength + " characters");
        }
        if (CONTROL.matcher(normalized).find()) {
            return Optional.of("contains control or direction characters; write plain text");
        }
        if (MARKUP.matcher(normalized).find()) {
            return Optional.of("must be plain text, without HTML markup or character entities");
        }
        return Optional.empty();
    }
}
