package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ExpireApplication}. */
@Component("expireApplicationDelegate")
class ExpireApplicationDelegate extends StepDelegate {

    ExpireApplicationDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.expire(applicationId(execution));
    }
}
