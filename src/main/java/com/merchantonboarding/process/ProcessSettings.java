package com.merchantonboarding.process;

import com.merchantonboarding.common.Clocks;
import java.time.Duration;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Durations of the onboarding process (spec/process.md), read by the BPMN model as
 * {@code ${processSettings.…}}. Set them in application.yaml under {@code onboarding.process}.
 */
@ConfigurationProperties(prefix = "onboarding.process")
public record ProcessSettings(
        @DefaultValue("P2D") Duration reviewSlaDuration,
        @DefaultValue("P30D") Duration resubmissionWindowDuration,
        @DefaultValue("P7D") Duration resubmissionReminderBefore,
        @DefaultValue("P14D") Duration bankVerificationWindowDuration) {

    public String getReviewSla() {
        return reviewSlaDuration.toString();
    }

    public String getResubmissionWindow() {
        return resubmissionWindowDuration.toString();
    }

    public String getResubmissionReminderAfter() {
        Duration after = resubmissionWindowDuration.minus(resubmissionReminderBefore);
        return (after.isNegative() || after.isZero() ? Duration.ofMinutes(1) : after).toString();
    }

    public String getBankVerificationWindow() {
        return bankVerificationWindowDuration.toString();
    }

    public Date reviewDueDate() {
        return Date.from(Clocks.now().plus(reviewSlaDuration));
    }

    /** The bean the BPMN expressions name. */
    @Component("processSettings")
    public static class Expressions {
        private final ProcessSettings settings;

        Expressions(ProcessSettings settings) {
            this.settings = settings;
        }

        public String getReviewSla() {
            return settings.getReviewSla();
        }

        public String getResubmissionWindow() {
            return settings.getResubmissionWindow();
        }

        public String getResubmissionReminderAfter() {
            return settings.getResubmissionReminderAfter();
        }

        public String getBankVerificationWindow() {
            return settings.getBankVerificationWindow();
        }

        public Date reviewDueDate() {
            return settings.reviewDueDate();
        }
    }
}
