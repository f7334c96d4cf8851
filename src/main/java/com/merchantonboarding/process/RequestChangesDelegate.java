package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_RequestChanges}. */
@Component("requestChangesDelegate")
class RequestChangesDelegate extends StepDelegate {

    RequestChangesDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.requestChanges(applicationId(execution), actor(execution));
    }
}
