package com.merchantonboarding.portal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the merchant portal.
 *
 * @param timeZone          the zone deadlines and dates are shown in (merchants are in China first)
 * @param languageCookieAge how long the chosen language is remembered
 */
@ConfigurationProperties(prefix = "onboarding.portal")
record PortalProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("P365D") Duration languageCookieAge) {
}
