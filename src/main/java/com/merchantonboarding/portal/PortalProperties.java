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
 * @param twoStepRequiredForWallet whether a live wallet's payment link and QR code are shown only to a merchant with
 *                          two-step login (docs/security.md, "Two-step login"); on unless switched off
 */
@ConfigurationProperties(prefix = "onboarding.portal")
record PortalProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("P365D") Duration languageCookieAge,
        @DefaultValue("true") boolean twoStepRequiredForWallet) {
}
