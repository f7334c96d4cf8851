package com.merchantonboarding.screening.facts;

import java.util.regex.Pattern;

/**
 * One row of {@code rules/paymentissues/providers.csv}: how long after a payment a provider takes disputes, and
 * what its payment references look like.
 */
public final class DisputeTerms {

    private final String provider;
    private final int disputeWindowDays;
    private final Pattern referencePattern;
    private final String referenceExample;

    public DisputeTerms(String provider, int disputeWindowDays, String referencePattern, String referenceExample) {
        this.provider = provider;
        this.disputeWindowDays = disputeWindowDays;
        this.referencePattern = Pattern.compile(referencePattern);
        this.referenceExample = referenceExample;
    }

    public String getProvider() {
        return provider;
    }

    public int getDisputeWindowDays() {
        return disputeWindowDays;
    }

    public String getReferencePattern() {
        return referencePattern.pattern();
    }

    public String getReferenceExample() {
        return referenceExample;
    }

    /** Whether the whole reference has the provider's format. */
    public boolean acceptsReference(String reference) {
        return reference != null && referencePattern.matcher(reference).matches();
    }
}
