package com.merchantonboarding.screening.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A row of {@code tables/currency-rates.csv}: how many CNY one unit of a currency is worth. */
public final class CurrencyRate {

    private final String currency;
    private final BigDecimal cnyPerUnit;

    public CurrencyRate(String currency, BigDecimal cnyPerUnit) {
        this.currency = currency;
        this.cnyPerUnit = cnyPerUnit;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getCnyPerUnit() {
        return cnyPerUnit;
    }

    /** {@code amount} of this currency in CNY, to the fen. */
    public BigDecimal toCny(BigDecimal amount) {
        return amount.multiply(cnyPerUnit).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return currency + " = " + cnyPerUnit + " CNY";
    }
}
