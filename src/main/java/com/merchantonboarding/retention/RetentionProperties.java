package com.merchantonboarding.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the personal data of a finished application is kept (docs/operations.md, "Retention").
 *
 * @param keepAfterFinal how long after an application reached a final status (live, rejected, withdrawn, expired)
 *                       its documents and declared data are kept
 * @param schedule       when the erasure runs (a Spring cron expression; "-" switches it off on this node)
 * @param batchSize      applications erased per round, one transaction each
 */
@ConfigurationProperties(prefix = "onboarding.retention")
record RetentionProperties(@DefaultValue("P5Y") Period keepAfterFinal,
                           @DefaultValue("0 30 3 * * *") String schedule,
                           @DefaultValue("100") int batchSize) {
}
