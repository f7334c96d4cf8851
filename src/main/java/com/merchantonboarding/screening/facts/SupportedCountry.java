package com.merchantonboarding.screening.facts;

/** A row of {@code tables/countries.csv}: a country where the wallet is offered. */
public final class SupportedCountry {

    private final String code;
    private final String name;

    public SupportedCountry(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** ISO 3166-1 alpha-2. */
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
