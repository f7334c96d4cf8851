package com.merchantonboarding.notification;

import com.merchantonboarding.common.BrieflyCached;
import com.merchantonboarding.common.MetricsProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's meters (docs/operations.md): deliveries waiting to be sent (one count per channel, reused for
 * {@code onboarding.metrics.gauge-refresh}) and failed webhook tries on this node.
 */
@Component
class NotificationMetrics {

    private final Counter webhookRetried;
    private final Counter webhookGivenUp;

    NotificationMetrics(MeterRegistry registry, JdbcClient jdbc, MetricsProperties properties) {
        BrieflyCached<Map<String, Long>> backlog = new BrieflyCached<>(properties.gaugeRefresh(), () -> {
            Map<String, Long> counts = new HashMap<>();
            jdbc.sql("select 'mail' as channel, count(*) as pending from mail_delivery where state = :state"
                            + " union all select 'webhook', count(*) from webhook_delivery where state = :state")
                    .param("state", Outbox.PENDING)
                    .query((rs, row) -> counts.put(rs.getString("channel"), rs.getLong("pending"))).list();
            return counts;
        });
        for (String channel : new String[] {"mail", "webhook"}) {
            Gauge.builder("onboarding.outbox.backlog", () -> backlog.get().getOrDefault(channel, 0L))
                    .tag("channel", channel).description("Deliveries waiting to be sent (first tries and retries)")
                    .register(registry);
        }
        String failures = "Failed webhook tries: retried later, or given up after the last try";
        webhookRetried = Counter.builder("onboarding.webhook.failures").tag("outcome", "retried")
                .description(failures).register(registry);
        webhookGivenUp = Counter.builder("onboarding.webhook.failures").tag("outcome", "given_up")
                .description(failures).register(registry);
    }

    void webhookFailed(boolean givenUp) {
        (givenUp ? webhookGivenUp : webhookRetried).increment();
    }
}
