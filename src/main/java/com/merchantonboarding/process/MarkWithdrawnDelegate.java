package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_MarkWithdrawn}. */
@Component("markWithdrawnDelegate")
class MarkWithdrawnDelegate extends StepDelegate {

    MarkWithdrawnDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markWithdrawn(applicationId(execution));
    }
}
