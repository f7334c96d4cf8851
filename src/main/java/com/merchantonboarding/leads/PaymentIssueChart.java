package com.merchantonboarding.leads;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' payment problems on the leads' dashboard: the reports made in the period (every report, whatever
 * became of it) by kind and wallet provider, one aggregating query over {@code payment_issue}
 * ({@code ix_payment_issue_created}).
 */
@Component
class PaymentIssueChart {

    static final List<String> KINDS = List.of("PAYMENT_FAILED", "CHARGED_TWICE", "AMOUNT_WRONG",
            "REFUND_NOT_RECEIVED");
    static final List<String> PROVIDERS = List.of("ALIPAY", "WECHAT_PAY", "PAYPAL");
    static final List<String> COLORS = List.of("#4e79a7", "#59a14f", "#f28e2b");

    private final JdbcClient jdbc;

    PaymentIssueChart(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    record KindProviderCount(String kind, String provider, long count) {
    }

    /** The figures and the horizontal stacked bars (one row per kind, one part per provider). */
    record View(List<KindProviderCount> counts, List<Charts.Row> rows, List<String> providers, List<String> colors,
                long total) {
    }

    @Transactional(readOnly = true)
    List<KindProviderCount> counts(DashboardPeriod period) {
        return jdbc.sql("select kind, provider, count(*) as reports from payment_issue"
                        + " where created_at >= ? and created_at < ? group by kind, provider order by kind, provider")
                .params(Timestamp.from(period.from()), Timestamp.from(period.to()))
                .query((rs, n) -> new KindProviderCount(rs.getString("kind"), rs.getString("provider"),
                        rs.getLong("reports")))
                .list();
    }

    View view(DashboardPeriod period) {
        return view(counts(period));
    }

    static View view(List<KindProviderCount> counts) {
        List<long[]> parts = new ArrayList<>();
        for (String kind : KINDS) {
            long[] byProvider = new long[PROVIDERS.size()];
            for (KindProviderCount count : counts) {
                int provider = PROVIDERS.indexOf(count.provider());
                if (count.kind().equals(kind) && provider >= 0) {
                    byProvider[provider] += count.count();
                }
            }
            parts.add(byProvider);
        }
        long total = counts.stream().mapToLong(KindProviderCount::count).sum();
        return new View(counts, Charts.horizontal(KINDS, parts, COLORS, PROVIDERS, 180, 760, 26), PROVIDERS, COLORS,
                total);
    }
}
