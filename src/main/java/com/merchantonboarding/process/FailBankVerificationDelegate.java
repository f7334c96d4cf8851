package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_FailBankVerification}: three wrong confirmations, or the deadline passed. */
@Component("failBankVerificationDelegate")
class FailBankVerificationDelegate extends StepDelegate {

    FailBankVerificationDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.failBankVerification(applicationId(execution), revision(execution));
        clearDecision(execution);
    }
}
