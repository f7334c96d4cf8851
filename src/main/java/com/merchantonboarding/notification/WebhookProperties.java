package com.merchantonboarding.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook settings ({@code onboarding.webhooks}).
 *
 * @param allowInsecureLocal also accept {@code http://} and {@code https://} to localhost and 127.0.0.1
 *                           (demo and tests); otherwise only https to public addresses
 * @param maxPerMerchant     how many webhooks one merchant may register
 * @param connectTimeout     connecting to a receiver
 * @param requestTimeout     the whole request, answer included
 * @param concurrency        deliveries sent at the same time by one node
 * @param retry              back-off of failed deliveries
 */
@ConfigurationProperties(prefix = "onboarding.webhooks")
record WebhookProperties(
        @DefaultValue("false") boolean allowInsecureLocal,
        @DefaultValue("10") int maxPerMerchant,
        @DefaultValue("PT3S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration requestTimeout,
        @DefaultValue("4") int concurrency,
        @DefaultValue RetryPolicy retry) {
}
