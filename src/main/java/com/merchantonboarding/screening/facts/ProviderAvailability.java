package com.merchantonboarding.screening.facts;

/** A wallet provider offered in a country (a row of {@code tables/wallet-providers.csv}, {@code *} expanded). */
public final class ProviderAvailability {

    private final String provider;
    private final String country;

    public ProviderAvailability(String provider, String country) {
        this.provider = provider;
        this.country = country;
    }

    public String getProvider() {
        return provider;
    }

    public String getCountry() {
        return country;
    }

    @Override
    public String toString() {
        return provider + " in " + country;
    }
}
