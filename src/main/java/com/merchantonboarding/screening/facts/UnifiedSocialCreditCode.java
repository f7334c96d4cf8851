package com.merchantonboarding.screening.facts;

import com.merchantonboarding.common.CreditCodeCheck;

/**
 * The GB 32100-2015 check of an 18-character Unified Social Credit Code, as rules call it in their conditions (the
 * rule files import this class; the check itself is {@link CreditCodeCheck}).
 */
public final class UnifiedSocialCreditCode {

    private UnifiedSocialCreditCode() {
    }

    /** Whether {@code code} has 18 characters of the code's alphabet and a correct check character. */
    public static boolean isValid(String code) {
        return CreditCodeCheck.isValid(code);
    }

    /** The check character for the first 17 characters (for making test data); throws on a character outside the alphabet. */
    public static char checkCharacter(String first17) {
        return CreditCodeCheck.checkCharacter(first17);
    }

    /** Whether two registration numbers are the same once spaces are dropped and letters capitalised. */
    public static boolean same(String a, String b) {
        return CreditCodeCheck.same(a, b);
    }
}
