package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_InspectDocuments} of the versions of the model deployed before inspection became an external
 * task (asynchronous, {@code ${inspectDocumentsDelegate}}): applications still running on such a version are
 * inspected by the job executor as before. The current model's task is worked by {@link InspectDocumentsWorker}.
 */
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
