package com.merchantonboarding.screening.facts;

/** A row of {@code tables/pilot-registration-numbers.csv}: an early code that is legal though it fails the check. */
public final class PilotRegistrationNumber {

    private final String number;

    public PilotRegistrationNumber(String number) {
        this.number = number;
    }

    public String getNumber() {
        return number;
    }

    @Override
    public String toString() {
        return number;
    }
}
