package com.merchantonboarding.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The payment-problem chart's query on H2 (the migrations), and its bars: reports in the period by kind and provider. */
class PaymentIssueChartH2Test {

    @Test
    void countsTheReportsOfThePeriodByKindAndProvider() {
        SingleConnectionDataSource data = new SingleConnectionDataSource(
                "jdbc:h2:mem:payment-issues-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(data);
        UUID merchant = UUID.randomUUID();
        UUID app = UUID.randomUUID();
        Instant inPeriod = Instant.parse("2026-12-01T10:00:00Z");
        jdbc.update("insert into merchant (id, email, password_hash, display_name, locale, created_at)"
                + " values (?, 'a@b.cn', 'x', 'X', 'en', ?)", merchant, Timestamp.from(inPeriod));
        jdbc.update("insert into application (id, merchant_id, reference, status, revision, data_json, created_at,"
                + " updated_at, version) values (?, ?, 'MO-1', 'LIVE', 1, '{}', ?, ?, 0)", app, merchant,
                Timestamp.from(inPeriod), Timestamp.from(inPeriod));
        insert(jdbc, merchant, app, "CHARGED_TWICE", "ALIPAY", inPeriod);
        insert(jdbc, merchant, app, "CHARGED_TWICE", "ALIPAY", inPeriod.plusSeconds(60));
        insert(jdbc, merchant, app, "CHARGED_TWICE", "WECHAT_PAY", inPeriod);
        insert(jdbc, merchant, app, "REFUND_NOT_RECEIVED", "PAYPAL", inPeriod);
        insert(jdbc, merchant, app, "PAYMENT_FAILED", "ALIPAY", Instant.parse("2026-10-01T10:00:00Z"));

        PaymentIssueChart chart = new PaymentIssueChart(data);
        DashboardPeriod period = DashboardPeriod.of("2", "2026-12-02", inPeriod);
        assertThat(chart.counts(period)).extracting(c -> c.kind() + " " + c.provider() + " " + c.count())
                .containsExactly("CHARGED_TWICE ALIPAY 2", "CHARGED_TWICE WECHAT_PAY 1", "REFUND_NOT_RECEIVED PAYPAL 1");

        PaymentIssueChart.View view = chart.view(period);
        assertThat(view.total()).isEqualTo(4);
        assertThat(view.rows()).extracting(Charts.Row::label).containsExactly("PAYMENT_FAILED", "CHARGED_TWICE",
                "AMOUNT_WRONG", "REFUND_NOT_RECEIVED");
        assertThat(view.rows()).extracting(Charts.Row::total).containsExactly(0L, 3L, 0L, 1L);
        assertThat(view.rows().get(1).bars()).extracting(Charts.Bar::title)
                .containsExactly("CHARGED_TWICE, ALIPAY: 2", "CHARGED_TWICE, WECHAT_PAY: 1");
    }

    private static void insert(JdbcTemplate jdbc, UUID merchant, UUID app, String kind, String provider, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into payment_issue (id, reference, merchant_id, application_id, kind, provider, occurred_at,"
                        + " amount, currency, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, '1.00', 'CNY',"
                        + " 'IN_REVIEW', ?, ?)", id, "PI-" + id.toString().substring(0, 8), merchant, app, kind, provider,
                Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));
    }
}
