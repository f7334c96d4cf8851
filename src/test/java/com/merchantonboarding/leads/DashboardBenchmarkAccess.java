package com.merchantonboarding.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The dashboard's queries for the JMH benchmark of {@code leads.bench}, exactly as the page runs them (the queries are
 * package-private; benchmarks live in their own package).
 */
public final class DashboardBenchmarkAccess {

    private final DashboardQueries queries;
    private final DashboardPeriod period;
    private final Instant now;

    public DashboardBenchmarkAccess(DataSource dataSource, Instant now, int weeks) {
        this.queries = new DashboardQueries(dataSource);
        this.now = now;
        this.period = DashboardPeriod.of(String.valueOf(weeks), null, now);
    }

    public List<?> statusByWeek() {
        return queries.statusByWeek(period);
    }

    public List<?> decisionTime() {
        return queries.decisionTime(period);
    }

    public List<?> firstTimeRight() {
        return queries.firstTimeRight(period);
    }

    public List<?> sentBackReasons() {
        return queries.sentBackReasons(period);
    }

    public List<?> activations() {
        return queries.activations(period);
    }

    public Object openReviews() {
        return queries.openReviews(now, Duration.ofDays(2));
    }
}
