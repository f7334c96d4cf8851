package com.merchantonboarding.paymentissue;

/** Who moved a report on: the merchant, the process, or payment support (never a person's name). */
public enum PaymentIssueActor {
    MERCHANT,
    SYSTEM,
    SUPPORT
}
