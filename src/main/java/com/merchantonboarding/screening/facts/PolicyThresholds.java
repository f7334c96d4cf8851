package com.merchantonboarding.screening.facts;

import java.math.BigDecimal;

/** The numbers of {@code policy.properties} that rules compare against. One per rule base, shared. */
public final class PolicyThresholds {

    private final int mediumRiskFrom;
    private final int highRiskFrom;
    private final BigDecimal highVolumeCny;
    private final double nameSimilarFrom;
    private final int nameMismatchMinConfidence;

    public PolicyThresholds(int mediumRiskFrom, int highRiskFrom, BigDecimal highVolumeCny, double nameSimilarFrom,
                            int nameMismatchMinConfidence) {
        this.nameMismatchMinConfidence = nameMismatchMinConfidence;
        this.mediumRiskFrom = mediumRiskFrom;
        this.highRiskFrom = highRiskFrom;
        this.highVolumeCny = highVolumeCny;
        this.nameSimilarFrom = nameSimilarFrom;
    }

    /** Risk points from which the level is MEDIUM. */
    public int getMediumRiskFrom() {
        return mediumRiskFrom;
    }

    /** Risk points from which the level is HIGH. */
    public int getHighRiskFrom() {
        return highRiskFrom;
    }

    /** Expected monthly volume in CNY above which it is high. */
    public BigDecimal getHighVolumeCny() {
        return highVolumeCny;
    }

    /** {@link NameSimilarity} score from which a differing licence name is a near match. */
    public double getNameSimilarFrom() {
        return nameSimilarFrom;
    }

    /** OCR confidence in the licence name from which a different name goes back to the merchant. */
    public int getNameMismatchMinConfidence() {
        return nameMismatchMinConfidence;
    }
}
