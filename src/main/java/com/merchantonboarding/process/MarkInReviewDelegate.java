package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_MarkInReview}. */
@Component("markInReviewDelegate")
class MarkInReviewDelegate extends StepDelegate {

    MarkInReviewDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markInReview(applicationId(execution));
    }
}
