package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A placeholder for screening against sanctions lists, for analysts who add that step to the model (the walk-through
 * of docs/analyst-guide.md): no list is consulted yet, so it records for officers that the application was not
 * screened, and routes nothing.
 */
@Component("sanctionsScreeningDelegate")
class SanctionsScreeningDelegate extends StepDelegate {

    SanctionsScreeningDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordSanctionsNotScreened(applicationId(execution), revision(execution));
    }
}
