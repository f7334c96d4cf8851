package com.merchantonboarding.documents;

import com.merchantonboarding.common.CreditCodeCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Repairs OCR's reading of a Unified Social Credit Code (GB 32100-2015) with what the standard fixes, and only
 * where the repair is certain or the check character singles it out:
 *
 * <ol>
 *   <li>characters 2–8 (category and administrative division) are digits, and the code never holds I, O, S, V
 *       or Z: a letter there that looks like a digit (O→0, I→1, Z→2, S→5, B→8, G→6, …) is that digit;</li>
 *   <li>if the check still fails, each letter of characters 9–18 that OCR often gives for a digit (B, D, G, …)
 *       is tried as that digit (and V, which no code holds, as U and Y); a repair is taken only when exactly one
 *       such change passes the check.</li>
 * </ol>
 *
 * Trying every look-alike everywhere would not work: with about 36 tries and a check that one wrong code in 31
 * passes, a second, wrong repair would pass about two times in three.
 */
final class CreditCodes {

    static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Map<Character, Character> DIGIT_LOOKALIKES = Map.ofEntries(
            Map.entry('O', '0'), Map.entry('D', '0'), Map.entry('Q', '0'), Map.entry('U', '0'),
            Map.entry('I', '1'), Map.entry('L', '1'), Map.entry('T', '7'), Map.entry('Z', '2'),
            Map.entry('S', '5'), Map.entry('B', '8'), Map.entry('G', '6'), Map.entry('A', '4'));
    private static final Map<Character, Character> NOT_IN_CODE = Map.of('O', '0', 'I', '1', 'Z', '2', 'S', '5');
    /** What OCR may have misread as these letters of characters 9–18 (V is not in the code at all). */
    private static final Map<Character, String> MISREAD_AS = Map.ofEntries(
            Map.entry('B', "8"), Map.entry('D', "0"), Map.entry('Q', "0"), Map.entry('U', "0"), Map.entry('G', "6"),
            Map.entry('A', "4"), Map.entry('T', "7"), Map.entry('L', "1"), Map.entry('V', "UY"));
    private static final String AUTHORITIES = "123456789ANY";

    private CreditCodes() {
    }

    /** Whether 18 characters have the code's shape: a registration authority, seven digits, then the alphabet. */
    static boolean shaped(String candidate) {
        return certainFixes(candidate) != null;
    }

    /**
     * The valid code {@code candidate} stands for, or null when it cannot be told for sure. A code must also name a
     * province in its administrative division (characters 3–4, GB/T 2260, or 10 for the central level): about one
     * string in 31 passes the check character by chance, and OCR of an upside-down page makes strings.
     */
    static String repair(String candidate) {
        String code = checked(candidate);
        return code != null && PROVINCES.contains(code.substring(2, 4)) ? code : null;
    }

    /** Province-level divisions of GB/T 2260 (and 10, the central level). */
    private static final java.util.Set<String> PROVINCES = java.util.Set.of("10", "11", "12", "13", "14", "15", "21",
            "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
            "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private static String checked(String candidate) {
        if (CreditCodeCheck.isValid(candidate)) {
            return candidate;
        }
        String fixed = certainFixes(candidate);
        if (fixed == null) {
            return null;
        }
        if (CreditCodeCheck.isValid(fixed)) {
            return fixed;
        }
        List<String> repairs = new ArrayList<>();
        for (int i = 8; i < LENGTH; i++) {
            for (char alternative : MISREAD_AS.getOrDefault(fixed.charAt(i), "").toCharArray()) {
                String tried = fixed.substring(0, i) + alternative + fixed.substring(i + 1);
                if (CreditCodeCheck.isValid(tried)) {
                    repairs.add(tried);
                }
            }
        }
        return repairs.size() == 1 ? repairs.get(0) : null;
    }

    /** The candidate with the certain repairs made, or null when it cannot be a code. */
    private static String certainFixes(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return null;
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            char c = candidate.charAt(i);
            if (i >= 1 && i <= 7 && !Character.isDigit(c)) {
                Character digit = DIGIT_LOOKALIKES.get(c);
                if (digit == null) {
                    return null;
                }
                c = digit;
            } else if (NOT_IN_CODE.containsKey(c)) {
                c = NOT_IN_CODE.get(c);
            }
            if ((i == 0 && AUTHORITIES.indexOf(c) < 0) || (ALPHABET.indexOf(c) < 0 && c != 'V')) {
                return null;
            }
            code.append(c);
        }
        return code.toString();
    }
}
