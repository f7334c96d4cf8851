package com.merchantonboarding.common;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code onboarding.*} meters (docs/operations.md).
 *
 * @param gaugeRefresh how long a gauge counted in the database (applications by status, open incidents, review
 *                     tasks, outbox backlog) is reused before the next scrape counts again
 */
@ConfigurationProperties(prefix = "onboarding.metrics")
public record MetricsProperties(@DefaultValue("PT30S") Duration gaugeRefresh) {
}
