package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the review gateways route on besides the officer's decision, read from the application's record: the
 * {@code riskLevel} variable is for Tasklist's display, and a task completion could carry one of its own.
 */
@Component("reviewRouting")
public class ReviewRouting {

    private final ProcessSteps steps;

    ReviewRouting(ProcessSteps steps) {
        this.steps = steps;
    }

    /** Screening rated the application high risk: an approval needs a second review. */
    public boolean highRisk(DelegateExecution execution) {
        return steps.isHighRisk(UUID.fromString(execution.getProcessBusinessKey()));
    }
}
