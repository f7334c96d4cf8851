package com.merchantonboarding.screening.facts;

/**
 * A report the same merchant made earlier about a payment with the same provider and reference, still open or
 * resolved (rejected and expired reports are not counted).
 */
public record EarlierReport(String reference, String kind, String provider, String paymentReference, String status) {

    public String getReference() {
        return reference;
    }

    public String getKind() {
        return kind;
    }

    public String getProvider() {
        return provider;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getStatus() {
        return status;
    }
}
