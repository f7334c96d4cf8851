package com.merchantonboarding.leads.bench;

import com.merchantonboarding.leads.DashboardBenchmarkAccess;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Each query of the leads' dashboard on 100,000 applications over two years, on PostgreSQL (docs/performance.md,
 * "Leads' dashboard"). The data is written once by SQL ({@code generate_series}) into the schema {@code leads_bench}
 * of the database given by {@code -Dbench.db.url} (default: the local {@code onboarding_bench}), with the
 * application's migrations and Camunda's own table definitions, then reused by later runs (drop the schema to load
 * it again, or pass {@code -Dbench.reload=true}). Per application: a draft, one to three submissions with their
 * review, change requests and decision as events, findings (change requests, rejections and informational ones),
 * about 5,400 review tasks open at the end, eight rule-set activations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LeadsDashboardBenchmark {

    static final int APPLICATIONS = Integer.getInteger("bench.applications", 100_000);
    static final String SCHEMA = "leads_bench";
    /** The end of the data: the dashboard is read "now", at the end of the two years. */
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Param({"26", "104"})
    public int weeks;

    private DashboardBenchmarkAccess dashboard;

    @Setup
    public void load() {
        String url = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/onboarding_bench");
        DriverManagerDataSource admin = new DriverManagerDataSource(url, System.getProperty("bench.db.user", "postgres"),
                System.getProperty("bench.db.password", ""));
        JdbcTemplate jdbc = new JdbcTemplate(admin);
        Integer loaded = jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?"
                + " and table_name = 'bench_loaded'", Integer.class, SCHEMA);
        DriverManagerDataSource data = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?")
                + "currentSchema=" + SCHEMA, admin.getUsername(), admin.getPassword());
        if (loaded == 0 || Boolean.getBoolean("bench.reload")) {
            long start = System.nanoTime();
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
            jdbc.execute("create schema " + SCHEMA);
            Flyway.configure().dataSource(data).schemas(SCHEMA).locations("classpath:db/migration").load().migrate();
            try (var connection = data.getConnection()) {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource(
                        "org/camunda/bpm/engine/db/create/activiti.postgres.create.engine.sql", ProcessEngine.class.getClassLoader()));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            // One connection: the seed of random() and the temporary table belong to it.
            SingleConnectionDataSource one = new SingleConnectionDataSource(data.getUrl(), data.getUsername(),
                    data.getPassword(), true);
            try {
                generate(new JdbcTemplate(one));
            } finally {
                one.destroy();
            }
            System.out.printf("%nLoaded %d applications in %d s%n", APPLICATIONS,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        }
        dashboard = new DashboardBenchmarkAccess(data, NOW, weeks);
    }

    private static void generate(JdbcTemplate jdbc) {
        String now = "timestamptz '" + NOW + "'";
        jdbc.execute("select setseed(0.42)");
        jdbc.update("insert into merchant (id, email, password_hash, display_name, locale, created_at)"
                + " select gen_random_uuid(), 'm' || i || '@bench.example', 'x', 'Bench ' || i, 'en', " + now
                + " - interval '800 days' from generate_series(1, 1000) i");
        // The applications, spread over two years; 90 % submitted, of those 88 % decided (70 % approved), the rest
        // waiting in review, for changes, expired or withdrawn. Revision 2 or 3 after one or two change requests.
        jdbc.update("""
                create temporary table bench_app as
                select i, gen_random_uuid() as id,
                       %1$s - (random() * 728) * interval '1 day' as created_at,
                       random() as r_submit, random() as r_decide, random() as r_outcome, random() as r_revision,
                       random() * 12 as days_to_decide
                from generate_series(1, %2$d) i
                """.formatted(now, APPLICATIONS));
        jdbc.update("""
                insert into application (id, merchant_id, reference, status, revision, data_json, created_at,
                    submitted_at, first_submitted_at, updated_at, decision_outcome, decided_at, version)
                select a.id, (select id from merchant order by id limit 1 offset (a.i % 1000)), 'MO-B-' || a.i,
                       case when a.r_submit >= 0.9 then 'DRAFT'
                            when a.r_decide < 0.88 and a.r_outcome < 0.7 then 'LIVE'
                            when a.r_decide < 0.88 then 'REJECTED'
                            when a.r_decide < 0.94 then 'IN_REVIEW'
                            when a.r_decide < 0.97 then 'CHANGES_REQUESTED'
                            when a.r_decide < 0.99 then 'EXPIRED' else 'WITHDRAWN' end,
                       case when a.r_submit >= 0.9 or a.r_revision < 0.7 then 1 when a.r_revision < 0.95 then 2 else 3 end,
                       '{}', a.created_at,
                       case when a.r_submit < 0.9 then a.created_at + interval '1 hour' end,
                       case when a.r_submit < 0.9 then a.created_at + interval '1 hour' end,
                       a.created_at + interval '1 hour' + a.days_to_decide * interval '1 day',
                       case when a.r_submit < 0.9 and a.r_decide < 0.88 then
                            case when a.r_outcome < 0.7 then 'APPROVED' else 'REJECTED' end end,
                       case when a.r_submit < 0.9 and a.r_decide < 0.88 then
                            a.created_at + interval '1 hour' + a.days_to_decide * interval '1 day' end,
                       0
                from bench_app a
                """);
        // Events: the draft, each submission with its review and, before a resubmission, the change request; the decision.
        jdbc.update("""
                insert into application_event (id, application_id, revision, status, actor, occurred_at)
                select gen_random_uuid(), a.id, 1, 'DRAFT', 'MERCHANT', a.created_at from application a
                """);
        jdbc.update("""
                insert into application_event (id, application_id, revision, status, actor, occurred_at)
                select gen_random_uuid(), a.id, r.n, s.status, s.actor,
                       a.first_submitted_at + (r.n - 1) * interval '2 days' + s.offset_minutes * interval '1 minute'
                from application a
                cross join generate_series(1, 3) r(n)
                cross join (values ('SUBMITTED', 'MERCHANT', 0), ('IN_REVIEW', 'SYSTEM', 2),
                                   ('CHANGES_REQUESTED', 'OFFICER', 600)) s(status, actor, offset_minutes)
                where a.first_submitted_at is not null and r.n <= a.revision
                  and (s.status <> 'CHANGES_REQUESTED' or r.n < a.revision or a.status = 'CHANGES_REQUESTED')
                """);
        jdbc.update("""
                insert into application_event (id, application_id, revision, status, actor, occurred_at)
                select gen_random_uuid(), a.id, a.revision, s.status, 'OFFICER', a.decided_at + s.after
                from application a
                join (values ('APPROVED', interval '0'), ('LIVE', interval '1 day'), ('REJECTED', interval '0')) s(status, after)
                  on (a.decision_outcome = 'APPROVED' and s.status in ('APPROVED', 'LIVE'))
                  or (a.decision_outcome = 'REJECTED' and s.status = 'REJECTED')
                """);
        // Findings: two change requests per change request (screening or officer), a rejection reason per
        // rejection, three informational findings per submission.
        jdbc.update("""
                insert into finding (id, application_id, revision, source, code, severity, created_at)
                select gen_random_uuid(), a.id, r.n, case when random() < 0.6 then 'SCREENING' else 'OFFICER' end,
                       (array['DOCUMENT_MISSING','DOCUMENT_UNREADABLE','FIELD_MISSING','FIELD_INVALID',
                              'REGISTRATION_NUMBER_INVALID','OFFICER_REQUEST','BANK_ACCOUNT_MISMATCH','LICENCE_EXPIRED',
                              'LICENCE_NAME_MISMATCH','WEBSITE_UNREACHABLE','ID_DOCUMENT_EXPIRED','ADDRESS_INCOMPLETE',
                              'BENEFICIAL_OWNER_MISSING','DOCUMENT_EDITED'])[1 + floor(random() * random() * 14)::int],
                       'CHANGES_REQUIRED', a.first_submitted_at + (r.n - 1) * interval '2 days' + interval '10 hours'
                from application a
                cross join generate_series(1, 2) r(n)
                cross join generate_series(1, 2) k
                where a.first_submitted_at is not null
                  and (r.n < a.revision or (r.n = a.revision and a.status = 'CHANGES_REQUESTED'))
                """);
        jdbc.update("""
                insert into finding (id, application_id, revision, source, code, severity, created_at)
                select gen_random_uuid(), a.id, a.revision, 'SCREENING', 'PROHIBITED_CATEGORY', 'REJECT', a.decided_at
                from application a where a.decision_outcome = 'REJECTED'
                """);
        jdbc.update("""
                insert into finding (id, application_id, revision, source, code, severity, created_at)
                select gen_random_uuid(), a.id, r.n, 'SYSTEM', 'SANCTIONS_NOT_SCREENED', 'INFO',
                       a.first_submitted_at + (r.n - 1) * interval '2 days'
                from application a cross join generate_series(1, 3) r(n) cross join generate_series(1, 3) k
                where a.first_submitted_at is not null and r.n <= a.revision
                """);
        jdbc.update("""
                insert into rule_set_activation (id, version_id, label, content_hash, source, activated_by, activated_at)
                select gen_random_uuid(), 'policy-' || i || '@bench', 'policy-' || i, md5(i::text), 'bench', 'system',
                       %s - (i * 90) * interval '1 day' from generate_series(1, 8) i
                """.formatted(now));
        // The review tasks open now: one per application in review, created within the last three weeks.
        jdbc.update("""
                insert into act_ru_task (id_, rev_, name_, task_def_key_, priority_, create_time_, due_date_,
                    suspension_state_, task_state_)
                select gen_random_uuid()::text, 1, 'Review application',
                       case when random() < 0.1 then 'UserTask_SecondReview' else 'UserTask_ReviewApplication' end, 50,
                       (%1$s - random() * 21 * interval '1 day')::timestamp, null, 1, 'Created'
                from application a where a.status = 'IN_REVIEW'
                """.formatted(now));
        jdbc.update("update act_ru_task set due_date_ = create_time_ + interval '2 days'");
        jdbc.execute("drop table bench_app");
        jdbc.execute("vacuum analyze");
        jdbc.execute("create table bench_loaded (applications integer)");
        jdbc.update("insert into bench_loaded values (?)", APPLICATIONS);
    }

    @Benchmark
    public Object statusByWeek() {
        return dashboard.statusByWeek();
    }

    @Benchmark
    public Object decisionTime() {
        return dashboard.decisionTime();
    }

    @Benchmark
    public Object firstTimeRight() {
        return dashboard.firstTimeRight();
    }

    @Benchmark
    public Object sentBackReasons() {
        return dashboard.sentBackReasons();
    }

    @Benchmark
    public Object ruleSetActivations() {
        return dashboard.activations();
    }

    @Benchmark
    public Object openReviews() {
        return dashboard.openReviews();
    }
}
