package com.merchantonboarding.documents;

/** The kinds of document a merchant can upload (spec/merchant-api.md). */
public enum DocumentType {
    BUSINESS_LICENSE,
    LEGAL_REP_ID_FRONT,
    LEGAL_REP_ID_BACK,
    BANK_ACCOUNT_PROOF,
    TAX_REGISTRATION,
    CATEGORY_PERMIT;

    /** The requirement path used in findings and in {@code requirements.currentlyDue}. */
    public String requirement() {
        return "documents." + name();
    }
}
