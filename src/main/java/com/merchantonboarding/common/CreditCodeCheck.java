package com.merchantonboarding.common;

/**
 * The GB 32100-2015 check of an 18-character Unified Social Credit Code, a pure function: inspection checks the codes
 * it reads with it, and rules call it through {@code screening.facts.UnifiedSocialCreditCode}.
 */
public final class CreditCodeCheck {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodeCheck() {
    }

    /** Whether {@code code} has 18 characters of the code's alphabet and a correct check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = ALPHABET.indexOf(code.charAt(17));
        return check >= 0 && check == (31 - sum % 31) % 31;
    }

    /** The check character for the first 17 characters (for making test data); throws on a character outside the alphabet. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("needs 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Whether two registration numbers are the same once spaces are dropped and letters capitalised. */
    public static boolean same(String a, String b) {
        return a != null && b != null && canonical(a).equals(canonical(b));
    }

    static String canonical(String number) {
        StringBuilder out = new StringBuilder(number.length());
        number.codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != '-')
                .map(Character::toUpperCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
