package com.merchantonboarding.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The dashboard's queries on H2, the embedded database of the demo profile (PostgreSQL is covered by LeadsDashboardIT
 * and the benchmark): the migrations, then one application through a change request to approval.
 */
class DashboardQueriesH2Test {

    @Test
    void runOnH2() {
        SingleConnectionDataSource data = new SingleConnectionDataSource(
                "jdbc:h2:mem:dashboard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(data);
        jdbc.execute("create table act_ru_task (id_ varchar(64) primary key, task_def_key_ varchar(255),"
                + " create_time_ timestamp, due_date_ timestamp)");
        UUID merchant = UUID.randomUUID();
        UUID app = UUID.randomUUID();
        Instant submitted = Instant.parse("2026-12-01T10:00:00Z");
        Instant decided = submitted.plus(Duration.ofHours(30));
        jdbc.update("insert into merchant (id, email, password_hash, display_name, locale, created_at)"
                + " values (?, 'a@b.cn', 'x', 'X', 'en', ?)", merchant, java.sql.Timestamp.from(submitted));
        jdbc.update("insert into application (id, merchant_id, reference, status, revision, data_json, created_at,"
                + " submitted_at, first_submitted_at, updated_at, decision_outcome, decided_at, version)"
                + " values (?, ?, 'MO-1', 'APPROVED', 2, '{}', ?, ?, ?, ?, 'APPROVED', ?, 0)", app, merchant,
                java.sql.Timestamp.from(submitted), java.sql.Timestamp.from(submitted), java.sql.Timestamp.from(submitted),
                java.sql.Timestamp.from(decided), java.sql.Timestamp.from(decided));
        for (String status : new String[] {"SUBMITTED", "CHANGES_REQUESTED", "SUBMITTED", "APPROVED"}) {
            jdbc.update("insert into application_event (id, application_id, revision, status, actor, occurred_at)"
                    + " values (?, ?, 1, ?, 'SYSTEM', ?)", UUID.randomUUID(), app, status, java.sql.Timestamp.from(submitted));
        }
        jdbc.update("insert into finding (id, application_id, revision, source, code, severity, created_at)"
                + " values (?, ?, 1, 'OFFICER', 'OFFICER_REQUEST', 'CHANGES_REQUIRED', ?)", UUID.randomUUID(), app,
                java.sql.Timestamp.from(submitted));
        jdbc.update("insert into act_ru_task values ('t1', 'UserTask_ReviewApplication', ?, ?)",
                java.sql.Timestamp.from(decided.minus(Duration.ofDays(3))), java.sql.Timestamp.from(decided.minus(Duration.ofDays(1))));

        DashboardQueries queries = new DashboardQueries(data);
        DashboardPeriod period = DashboardPeriod.of("2", "2026-12-02", decided);
        assertThat(queries.statusByWeek(period)).extracting(s -> s.status() + "=" + s.count())
                .containsExactlyInAnyOrder("APPROVED=1", "CHANGES_REQUESTED=1", "SUBMITTED=2");
        assertThat(queries.decisionTime(period).get(1).medianHours()).isEqualTo(30.0);
        assertThat(queries.firstTimeRight(period).get(1).approvedFirstTime()).isZero();
        assertThat(queries.firstTimeRight(period).get(1).approved()).isEqualTo(1);
        assertThat(queries.sentBackReasons(period)).extracting(r -> r.code() + " " + r.officer()).containsExactly("OFFICER_REQUEST 1");
        assertThat(queries.activations(period)).isEmpty();
        var open = queries.openReviews(decided, Duration.ofDays(2));
        assertThat(open.overdue()).isEqualTo(1);
        assertThat(open.buckets().get(3).firstReviews()).as("3–5 days").isEqualTo(1);
        data.destroy();
    }
}
