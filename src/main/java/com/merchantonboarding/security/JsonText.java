package com.merchantonboarding.security;

/** Reads just enough of a JSON text to find what must be refused before it is parsed. */
final class JsonText {

    private JsonText() {
    }

    /**
     * Whether a string of the JSON text holds the escape {@code \u0000} (a raw NUL byte is not valid JSON and the
     * parser refuses it). An escaped backslash followed by {@code u0000} is text, not a NUL.
     */
    static boolean hasEscapedNul(byte[] text) {
        for (int i = 0; i < text.length - 5; i++) {
            if (text[i] != '\\') {
                continue;
            }
            if (text[i + 1] == 'u' && text[i + 2] == '0' && text[i + 3] == '0' && text[i + 4] == '0'
                    && text[i + 5] == '0') {
                return true;
            }
            i++; // the escaped character, itself perhaps a backslash, is not the start of another escape
        }
        return false;
    }
}
