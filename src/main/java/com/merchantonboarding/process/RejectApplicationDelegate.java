package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_RejectApplication}. */
@Component("rejectApplicationDelegate")
class RejectApplicationDelegate extends StepDelegate {

    RejectApplicationDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.reject(applicationId(execution), actor(execution));
    }
}
