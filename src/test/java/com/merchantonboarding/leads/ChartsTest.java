package com.merchantonboarding.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.common.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Assertions;

class ChartsTest {

    @Test
    void theYAxisEndsOnANumberWhoseQuartersAreRound() {
        assertThat(Charts.roundUp(0)).isEqualTo(4);
        assertThat(Charts.roundUp(3)).isEqualTo(4);
        assertThat(Charts.roundUp(6)).isEqualTo(8);
        assertThat(Charts.roundUp(25)).isEqualTo(40);
        assertThat(Charts.roundUp(130)).isEqualTo(200);
        assertThat(Charts.roundUp(1150)).isEqualTo(1200);
    }

    @Test
    void periodsAreWholeWeeksFromMondayEndingWithTheWeekOfUntil() {
        DashboardPeriod period = DashboardPeriod.of("3", "2026-12-09", Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(period.from()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(period.to()).isEqualTo(Instant.parse("2026-12-14T00:00:00Z"));
        assertThat(period.weekStarts()).containsExactly(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30"),
                LocalDate.parse("2026-12-07"));
        assertThat(DashboardPeriod.of(null, null, Instant.parse("2026-12-07T10:00:00Z")).weeks()).isEqualTo(26);
    }

    @Test
    void refusesWeeksAndDaysItCannotShow() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        Assertions.assertThatThrownBy(() -> DashboardPeriod.of("0", null, now)).isInstanceOf(ApiException.class)
                .hasMessageContaining("from 1 to 104");
        Assertions.assertThatThrownBy(() -> DashboardPeriod.of("x", null, now)).hasMessageContaining("'x'");
        Assertions.assertThatThrownBy(() -> DashboardPeriod.of("4", "07/12/2026", now))
                .hasMessageContaining("a date such as");
    }

    @Test
    void csvQuotesSeparatorsAndDefusesFormulas() {
        assertThat(new Csv("a", "b").row("x,y", "=1+1").row(3, null).toString())
                .isEqualTo("a,b\r\n\"x,y\",'=1+1\r\n3,\r\n");
    }
}
