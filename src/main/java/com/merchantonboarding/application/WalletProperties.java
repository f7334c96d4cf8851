package com.merchantonboarding.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bank verification and wallet settings.
 *
 * @param fixedDepositAmounts the demo and test profiles always deposit 0.32 and 0.45
 * @param paymentLinkBase     the base of merchants' payment links
 * @param qrPayloadPrefix     the prefix of the static QR code payload
 */
@ConfigurationProperties(prefix = "onboarding.wallet")
public record WalletProperties(
        @DefaultValue("false") boolean fixedDepositAmounts,
        @DefaultValue("https://pay.onboarding.example/l/") String paymentLinkBase,
        @DefaultValue("MOPAY:") String qrPayloadPrefix) {
}
