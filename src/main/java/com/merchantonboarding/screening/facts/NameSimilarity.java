package com.merchantonboarding.screening.facts;

import java.text.Normalizer;

/**
 * How alike two business names are, from 0 (nothing in common) to 1 (the same once normalised). A pure
 * function: rules call it in their conditions.
 *
 * <p>Names are normalised first (NFKC, so full-width brackets and letters equal half-width ones; case;
 * whitespace and punctuation dropped), because OCR of a Chinese licence puts spaces between characters
 * and mixes bracket widths. The score is then {@code 1 - editDistance / longerLength} over code points,
 * so one misread character in a ten-character name scores 0.9.
 */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    public static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        int[] x = normalise(a);
        int[] y = normalise(b);
        int longer = Math.max(x.length, y.length);
        if (longer == 0) {
            return 1;
        }
        return 1.0 - (double) editDistance(x, y) / longer;
    }

    /** Whether two names are the same once normalised (a similarity of 1). */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && java.util.Arrays.equals(normalise(a), normalise(b));
    }

    static int[] normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .toArray();
    }

    /** Levenshtein distance with two rows. */
    static int editDistance(int[] x, int[] y) {
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
