package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_IssueMicroDeposits}. */
@Component("issueMicroDepositsDelegate")
class IssueMicroDepositsDelegate extends StepDelegate {

    IssueMicroDepositsDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.approve(applicationId(execution), actor(execution));
    }
}
