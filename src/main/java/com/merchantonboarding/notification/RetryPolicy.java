package com.merchantonboarding.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Exponential back-off: the first retry after {@code initialInterval}, each next one
 * {@code multiplier} times later, never more than {@code maxInterval} apart; after
 * {@code maxAttempts} tries the delivery is given up (and stays visible as FAILED).
 */
record RetryPolicy(
        @DefaultValue("PT30S") Duration initialInterval,
        @DefaultValue("PT6H") Duration maxInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("20") int maxAttempts) {

    RetryPolicy {
        if (initialInterval.isNegative() || initialInterval.isZero() || maxInterval.compareTo(initialInterval) < 0
                || multiplier < 1.0 || maxAttempts < 1) {
            throw new IllegalArgumentException("A retry policy needs 0 < initial-interval <= max-interval, "
                    + "multiplier >= 1 and max-attempts >= 1");
        }
    }

    /** Whether another try follows after this many failed ones. */
    boolean retriesAfter(int failedAttempts) {
        return failedAttempts < maxAttempts;
    }

    /** How long to wait after the given number of failed attempts (1 = the first try failed). */
    Duration delayAfter(int failedAttempts) {
        double millis = initialInterval.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis((long) millis);
    }
}
