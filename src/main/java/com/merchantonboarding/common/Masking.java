package com.merchantonboarding.common;

/** Masks account and identity numbers wherever they leave the database (API, logs, UI). */
public final class Masking {

    private Masking() {
    }

    /** {@code 6222020200112233445} becomes {@code ****3445}; short values are masked whole. */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "");
        if (compact.length() <= 4) {
            return "****";
        }
        return "****" + compact.substring(compact.length() - 4);
    }
}
