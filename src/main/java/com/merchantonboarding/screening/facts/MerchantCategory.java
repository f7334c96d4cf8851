package com.merchantonboarding.screening.facts;

/** A row of {@code tables/merchant-categories.csv}: an ISO 18245 code and how the policy treats it. */
public final class MerchantCategory {

    /** The treatments a category can have. */
    public static final String ALLOWED = "ALLOWED";
    public static final String PROHIBITED = "PROHIBITED";
    public static final String RESTRICTED = "RESTRICTED";

    private final String code;
    private final String name;
    private final String treatment;
    private final boolean permitRequired;

    public MerchantCategory(String code, String name, String treatment, boolean permitRequired) {
        this.code = code;
        this.name = name;
        this.treatment = treatment;
        this.permitRequired = permitRequired;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** {@code ALLOWED}, {@code PROHIBITED} or {@code RESTRICTED}. */
    public String getTreatment() {
        return treatment;
    }

    public boolean isPermitRequired() {
        return permitRequired;
    }

    @Override
    public String toString() {
        return "MCC " + code + " " + name;
    }
}
