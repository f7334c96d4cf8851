package com.merchantonboarding.paymentissue;

/** What the customer reported. */
public enum PaymentIssueKind {
    PAYMENT_FAILED,
    CHARGED_TWICE,
    AMOUNT_WRONG,
    REFUND_NOT_RECEIVED
}
