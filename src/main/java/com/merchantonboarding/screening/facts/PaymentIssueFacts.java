package com.merchantonboarding.screening.facts;

/**
 * A customer's payment problem as the payment-issue rules see it ({@code rules/paymentissues/}).
 *
 * @param kind             PAYMENT_FAILED, CHARGED_TWICE, AMOUNT_WRONG or REFUND_NOT_RECEIVED
 * @param provider         the wallet provider (ALIPAY, WECHAT_PAY, PAYPAL)
 * @param paymentReference the customer's payment reference, null when not given
 * @param ageInDays        whole days from the payment to the report
 * @param evidenceCount    how many evidence files the report has
 */
public record PaymentIssueFacts(String kind, String provider, String paymentReference, long ageInDays,
                                int evidenceCount) {

    public String getKind() {
        return kind;
    }

    public String getProvider() {
        return provider;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public long getAgeInDays() {
        return ageInDays;
    }

    public int getEvidenceCount() {
        return evidenceCount;
    }
}
