package com.merchantonboarding.process;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for the {@code processSettings} bean in plain-engine process tests, with the default
 * durations of spec/process.md. Public, because the expression language reads it by reflection.
 * The {@link Duration} constants are the same values, for moving the clock in tests.
 */
public class TestProcessSettings {

    public static final Duration REVIEW_SLA = Duration.ofDays(2);
    public static final Duration RESUBMISSION_WINDOW = Duration.ofDays(30);
    public static final Duration RESUBMISSION_REMINDER_AFTER = Duration.ofDays(23);
    public static final Duration BANK_VERIFICATION_WINDOW = Duration.ofDays(14);

    public String getReviewSla() {
        return "P2D";
    }

    public String getResubmissionWindow() {
        return "P30D";
    }

    public String getResubmissionReminderAfter() {
        return "P23D";
    }

    public String getBankVerificationWindow() {
        return "P14D";
    }

    public Date reviewDueDate() {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(REVIEW_SLA));
    }
}
