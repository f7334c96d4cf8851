package com.merchantonboarding.screening;

/** Whether merchants see a reason code (spec/reason-codes.md, column "merchant-visible"). */
public enum MerchantVisibility {
    /** Shown to the merchant with its localized text. */
    YES,
    /** Officers only; when it rejects, the merchant sees the generic code instead. */
    NO,
    /** The code merchants see in place of an internal one. */
    GENERIC
}
