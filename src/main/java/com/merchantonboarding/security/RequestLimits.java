package com.merchantonboarding.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request may cost (docs/security.md).
 *
 * @param maxJsonBody          the largest JSON body accepted on any path (the merchant API, the back office,
 *                             {@code /engine-rest}); larger ones are refused with 413 before they are parsed
 * @param databaseRetryAfter   the {@code Retry-After} of a 503 while the database cannot be reached, in seconds
 */
@ConfigurationProperties("onboarding.http")
public record RequestLimits(@DefaultValue("256KB") DataSize maxJsonBody,
                            @DefaultValue("30") int databaseRetryAfter) {
}
