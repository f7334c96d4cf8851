package com.merchantonboarding.leads;

import com.merchantonboarding.leads.DashboardFigures.Activation;
import com.merchantonboarding.leads.DashboardFigures.AgeBucket;
import com.merchantonboarding.leads.DashboardFigures.DecisionTime;
import com.merchantonboarding.leads.DashboardFigures.FirstTimeRight;
import com.merchantonboarding.leads.DashboardFigures.OpenReviews;
import com.merchantonboarding.leads.DashboardFigures.SentBackReason;
import com.merchantonboarding.leads.DashboardFigures.StatusCount;
import com.merchantonboarding.process.ProcessConstants;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The dashboard's figures, each aggregated by one SQL query over the application's tables or Camunda's open tasks
 * (indexes in V12__leads_dashboard.sql; timings on 100,000 applications in docs/performance.md). Weeks are counted
 * in SQL from the period's first Monday (UTC) by seconds since the epoch, which PostgreSQL and H2 compute alike.
 * Plain JDBC and no Spring context needed, so the benchmark runs the very same queries.
 */
class DashboardQueries {

    /** Age ranges of open reviews, in days (the last one open-ended). */
    static final int[] AGE_LIMITS = {1, 2, 3, 5, 7, 14};

    private static final String WEEK = "floor((extract(epoch from %s) - :origin) / 604800)";

    // By day (UTC), added up to weeks in Java: a date is cheaper to compute per row than seconds since the epoch, which
    // PostgreSQL computes as numeric (on 500,000 events over two years: about 110 ms against 330 ms).
    private static final String STATUS_BY_DAY = """
            select event_day, status, count(*) as n
            from (select cast(occurred_at at time zone 'UTC' as date) as event_day, status
                  from application_event
                  where occurred_at >= :from and occurred_at < :to) e
            group by event_day, status
            """;

    private static final String DECISION_TIME = """
            select week, count(*) as n,
                   percentile_cont(0.5) within group (order by seconds) as median_seconds,
                   percentile_cont(0.9) within group (order by seconds) as p90_seconds
            from (select %s as week, extract(epoch from decided_at) - extract(epoch from first_submitted_at) as seconds
                  from application
                  where decided_at >= :from and decided_at < :to and first_submitted_at is not null) a
            group by week
            """.formatted(WEEK.formatted("decided_at"));

    private static final String FIRST_TIME_RIGHT = """
            select week, count(*) as decided,
                   sum(case when decision_outcome = 'APPROVED' then 1 else 0 end) as approved,
                   sum(case when decision_outcome = 'APPROVED' and revision = 1 then 1 else 0 end) as first_time
            from (select %s as week, decision_outcome, revision
                  from application
                  where decided_at >= :from and decided_at < :to) a
            group by week
            """.formatted(WEEK.formatted("decided_at"));

    // A screening finding that asks for a change sent the merchant back unless a REJECT of the same revision
    // rejected the application instead; officers' change requests are written only with REQUEST_CHANGES.
    private static final String SENT_BACK_REASONS = """
            select f.code,
                   sum(case when f.source = 'OFFICER' then 0 else 1 end) as automatic,
                   sum(case when f.source = 'OFFICER' then 1 else 0 end) as officer
            from finding f
            where f.severity = 'CHANGES_REQUIRED' and f.created_at >= :from and f.created_at < :to
              and not exists (select 1 from finding r
                              where r.application_id = f.application_id and r.revision = f.revision
                                and r.severity = 'REJECT')
            group by f.code
            order by count(*) desc, f.code
            limit 10
            """;

    private static final String ACTIVATIONS = """
            select activated_at, label, version_id from rule_set_activation
            where activated_at >= :from and activated_at < :to
            order by activated_at
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    List<StatusCount> statusByWeek(DashboardPeriod period) {
        Map<String, StatusCount> weeks = new java.util.TreeMap<>();
        java.time.LocalDate first = period.weekStart(0);
        jdbc.query(STATUS_BY_DAY, params(period), rs -> {
            int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(first,
                    rs.getObject("event_day", java.time.LocalDate.class)) / 7);
            String status = rs.getString("status");
            weeks.merge(String.format("%03d %s", week, status),
                    new StatusCount(week, period.weekStart(week), status, rs.getLong("n")),
                    (a, b) -> new StatusCount(week, a.weekStart(), status, a.count() + b.count()));
        });
        return List.copyOf(weeks.values());
    }

    /** One entry per week of the period, those without decisions with null times. */
    List<DecisionTime> decisionTime(DashboardPeriod period) {
        Map<Integer, DecisionTime> found = new java.util.HashMap<>();
        jdbc.query(DECISION_TIME, params(period), rs -> {
            int week = rs.getInt("week");
            found.put(week, new DecisionTime(week, period.weekStart(week), rs.getLong("n"),
                    hours(rs.getDouble("median_seconds")), hours(rs.getDouble("p90_seconds"))));
        });
        List<DecisionTime> weeks = new ArrayList<>();
        for (int week = 0; week < period.weeks(); week++) {
            weeks.add(found.getOrDefault(week, new DecisionTime(week, period.weekStart(week), 0, null, null)));
        }
        return weeks;
    }

    /** One entry per week of the period. */
    List<FirstTimeRight> firstTimeRight(DashboardPeriod period) {
        Map<Integer, FirstTimeRight> found = new java.util.HashMap<>();
        jdbc.query(FIRST_TIME_RIGHT, params(period), rs -> {
            int week = rs.getInt("week");
            found.put(week, new FirstTimeRight(week, period.weekStart(week), rs.getLong("decided"),
                    rs.getLong("approved"), rs.getLong("first_time")));
        });
        List<FirstTimeRight> weeks = new ArrayList<>();
        for (int week = 0; week < period.weeks(); week++) {
            weeks.add(found.getOrDefault(week, new FirstTimeRight(week, period.weekStart(week), 0, 0, 0)));
        }
        return weeks;
    }

    List<SentBackReason> sentBackReasons(DashboardPeriod period) {
        return jdbc.query(SENT_BACK_REASONS, params(period),
                (rs, i) -> new SentBackReason(rs.getString("code"), rs.getLong("automatic"), rs.getLong("officer")));
    }

    List<Activation> activations(DashboardPeriod period) {
        return jdbc.query(ACTIVATIONS, params(period), (rs, i) -> new Activation(
                rs.getObject("activated_at", OffsetDateTime.class).toInstant(), rs.getString("label"),
                rs.getString("version_id")));
    }

    /**
     * The review tasks open now, by the age of the task, from Camunda's runtime table. Camunda writes its
     * timestamps without a zone in the JVM's zone, as JDBC does with these {@link Timestamp} limits.
     */
    OpenReviews openReviews(Instant now, Duration sla) {
        StringBuilder sql = new StringBuilder("select task_def_key_ as task");
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("tasks", List.of(ProcessConstants.TASK_REVIEW, ProcessConstants.TASK_SECOND_REVIEW))
                .addValue("now", Timestamp.from(now));
        int lower = 0;
        for (int i = 0; i <= AGE_LIMITS.length; i++) {
            // Younger than the upper limit (created after now - limit), at least as old as the lower one.
            sql.append(", sum(case when create_time_ <= :l").append(i);
            params.addValue("l" + i, Timestamp.from(now.minus(Duration.ofDays(lower))));
            if (i < AGE_LIMITS.length) {
                sql.append(" and create_time_ > :u").append(i);
                params.addValue("u" + i, Timestamp.from(now.minus(Duration.ofDays(AGE_LIMITS[i]))));
                lower = AGE_LIMITS[i];
            }
            sql.append(" then 1 else 0 end) as b").append(i);
        }
        sql.append(", sum(case when due_date_ < :now then 1 else 0 end) as overdue")
                .append(" from act_ru_task where task_def_key_ in (:tasks) group by task_def_key_");
        long[][] counts = new long[2][AGE_LIMITS.length + 1];
        long[] overdue = new long[1];
        jdbc.query(sql.toString(), params, rs -> {
            int row = ProcessConstants.TASK_REVIEW.equals(rs.getString("task")) ? 0 : 1;
            for (int i = 0; i <= AGE_LIMITS.length; i++) {
                counts[row][i] = rs.getLong("b" + i);
            }
            overdue[0] += rs.getLong("overdue");
        });
        List<AgeBucket> buckets = new ArrayList<>();
        for (int i = 0; i <= AGE_LIMITS.length; i++) {
            buckets.add(new AgeBucket(i == 0 ? 0 : AGE_LIMITS[i - 1], i < AGE_LIMITS.length ? AGE_LIMITS[i] : null,
                    counts[0][i], counts[1][i]));
        }
        return new OpenReviews(buckets, overdue[0], sla.toMinutes() / (24.0 * 60));
    }

    private static MapSqlParameterSource params(DashboardPeriod period) {
        return new MapSqlParameterSource()
                .addValue("from", period.from().atOffset(ZoneOffset.UTC))
                .addValue("to", period.to().atOffset(ZoneOffset.UTC))
                .addValue("origin", period.from().getEpochSecond());
    }

    private static Double hours(double seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }
}
