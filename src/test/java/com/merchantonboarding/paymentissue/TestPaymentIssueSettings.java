package com.merchantonboarding.paymentissue;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for the {@code paymentIssueSettings} bean in plain-engine process tests, with the default durations.
 * Public: the expression language reads it by reflection.
 */
public class TestPaymentIssueSettings {

    public static final Duration RESOLUTION_SLA = Duration.ofDays(1);
    public static final Duration INFORMATION_DEADLINE = Duration.ofDays(7);

    public String getResolutionSla() {
        return RESOLUTION_SLA.toString();
    }

    public String getInformationDeadline() {
        return INFORMATION_DEADLINE.toString();
    }

    public Date resolutionDueDate() {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(RESOLUTION_SLA));
    }
}
