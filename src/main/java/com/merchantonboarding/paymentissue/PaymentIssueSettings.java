package com.merchantonboarding.paymentissue;

import com.merchantonboarding.common.Clocks;
import java.time.Duration;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Durations of the payment-issue process, read by bpmn/payment-issue.bpmn as {@code ${paymentIssueSettings.…}};
 * set under {@code onboarding.payment-issues} in application.yaml.
 *
 * @param resolutionSla       support's due date after a report reaches it; then the leads are asked in too
 * @param informationDeadline how long the merchant has to supply what the checks found missing
 */
@ConfigurationProperties(prefix = "onboarding.payment-issues")
public record PaymentIssueSettings(
        @DefaultValue("P1D") Duration resolutionSla,
        @DefaultValue("P7D") Duration informationDeadline) {

    /** The bean the BPMN expressions name. */
    @Component("paymentIssueSettings")
    public static class Expressions {
        private final PaymentIssueSettings settings;

        Expressions(PaymentIssueSettings settings) {
            this.settings = settings;
        }

        public String getResolutionSla() {
            return settings.resolutionSla().toString();
        }

        public String getInformationDeadline() {
            return settings.informationDeadline().toString();
        }

        public Date resolutionDueDate() {
            return Date.from(Clocks.now().plus(settings.resolutionSla()));
        }
    }
}
