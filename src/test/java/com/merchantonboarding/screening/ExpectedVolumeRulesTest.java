package com.merchantonboarding.screening;

import static com.merchantonboarding.screening.ShippedRules.screen;
import static com.merchantonboarding.screening.ShippedRules.summary;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectedVolumeRulesTest {

    @Test
    void volumeAboveAMillionYuanNeedsReviewWithThirtyPoints() {
        ScreeningResult result = screen(TestApplication.valid().volume("1000000.01", "CNY"));

        assertThat(summary(result)).containsExactly("HIGH_EXPECTED_VOLUME@expectedMonthlyVolume");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.REVIEW);
        assertThat(result.riskPoints()).isEqualTo(30);
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
    }

    @Test
    void exactlyAMillionYuanIsNotAbove() {
        ScreeningResult result = screen(TestApplication.valid().volume("1000000.00", "CNY"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.riskPoints()).isZero();
    }

    @Test
    void foreignCurrencyIsConvertedAtTheTableRate() {
        // USD at 7.10 CNY in tables/currency-rates.csv: 150,000 USD is 1,065,000 CNY, 140,000 USD is 994,000 CNY.
        ScreeningResult high = screen(TestApplication.valid().volume("150000.00", "USD"));
        ScreeningResult below = screen(TestApplication.valid().volume("140000.00", "USD"));

        assertThat(summary(high)).containsExactly("HIGH_EXPECTED_VOLUME@expectedMonthlyVolume");
        assertThat(high.findings().get(0).detail())
                .isEqualTo("Expected monthly volume 150000.00 USD is about 1065000.00 CNY, above 1000000 CNY");
        assertThat(high.riskPoints()).isEqualTo(30);
        assertThat(below.findings()).isEmpty();
    }

    @Test
    void smallUnitCurrencyIsConvertedToo() {
        // JPY at 0.0466: 25,000,000 JPY is 1,165,000 CNY.
        assertThat(screen(TestApplication.valid().volume("25000000", "JPY")).hasFinding("HIGH_EXPECTED_VOLUME")).isTrue();
        assertThat(screen(TestApplication.valid().volume("20000000", "JPY")).hasFinding("HIGH_EXPECTED_VOLUME")).isFalse();
    }

    @Test
    void currencyWithoutRateIsInvalid() {
        ScreeningResult result = screen(TestApplication.valid().volume("5000000", "BTC"));

        assertThat(summary(result)).containsExactly("FIELD_INVALID@expectedMonthlyVolume.currency");
    }

    @Test
    void amountWithoutCurrencyIsDue() {
        assertThat(summary(screen(TestApplication.valid().volume("5000", null))))
                .containsExactly("FIELD_MISSING@expectedMonthlyVolume.currency");
    }

    @Test
    void volumeIsOptional() {
        TestApplication application = TestApplication.valid();
        application.expectedMonthlyVolume = null;

        assertThat(screen(application).findings()).isEmpty();
    }
}
