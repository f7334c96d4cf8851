package com.merchantonboarding.leads;

import com.merchantonboarding.common.ApiException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The weeks the dashboard shows: whole weeks from Monday 00:00 UTC, the last one being the week that contains
 * {@code until}. Weeks are numbered from 0 (the first shown).
 */
record DashboardPeriod(Instant from, Instant to, int weeks) {

    static final int DEFAULT_WEEKS = 26;
    static final int MAX_WEEKS = 104;
    static final Duration WEEK = Duration.ofDays(7);

    /**
     * @param weeks how many weeks (1 to 104; default 26)
     * @param until a day of the last week, ISO format (default: today)
     * @throws ApiException 400 with a readable message on anything else
     */
    static DashboardPeriod of(String weeks, String until, Instant now) {
        int count = DEFAULT_WEEKS;
        if (weeks != null && !weeks.isBlank()) {
            try {
                count = Integer.parseInt(weeks.strip());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > MAX_WEEKS) {
                throw badRequest("weeks must be a whole number from 1 to " + MAX_WEEKS + ", not '" + shorten(weeks) + "'.");
            }
        }
        LocalDate last = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (until != null && !until.isBlank()) {
            try {
                last = LocalDate.parse(until.strip());
            } catch (DateTimeParseException e) {
                throw badRequest("until must be a date such as 2026-12-07, not '" + shorten(until) + "'.");
            }
            if (last.getYear() < 2000 || last.getYear() > 2100) {
                throw badRequest("until must be a date between the years 2000 and 2100.");
            }
        }
        Instant end = last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        return new DashboardPeriod(end.minus(WEEK.multipliedBy(count)), end, count);
    }

    /** The Monday each week starts on. */
    List<LocalDate> weekStarts() {
        List<LocalDate> starts = new ArrayList<>(weeks);
        LocalDate first = from.atZone(ZoneOffset.UTC).toLocalDate();
        for (int i = 0; i < weeks; i++) {
            starts.add(first.plusWeeks(i));
        }
        return starts;
    }

    /** The last day shown (a Sunday). */
    public LocalDate lastDay() {
        return to.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    }

    public LocalDate weekStart(int week) {
        return from.atZone(ZoneOffset.UTC).toLocalDate().plusWeeks(week);
    }

    /** Where an instant falls between the period's start (0) and end (1). */
    double position(Instant instant) {
        return (double) Duration.between(from, instant).toMillis() / Duration.between(from, to).toMillis();
    }

    private static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
