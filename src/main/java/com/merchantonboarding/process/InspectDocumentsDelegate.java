package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_InspectDocuments}. */
@Component("inspectDocumentsDelegate")
class InspectDocumentsDelegate extends StepDelegate {

    InspectDocumentsDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.inspectDocuments(applicationId(execution), revision(execution));
    }
}
