package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ActivateWallet}. */
@Component("activateWalletDelegate")
class ActivateWalletDelegate extends StepDelegate {

    ActivateWalletDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.activateWallet(applicationId(execution));
    }
}
