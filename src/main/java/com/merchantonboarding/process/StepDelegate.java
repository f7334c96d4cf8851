package com.merchantonboarding.process;

import com.merchantonboarding.application.Actor;
import com.merchantonboarding.application.ProcessSteps;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** What the thin step delegates share: reading the ids from the execution. */
abstract class StepDelegate implements JavaDelegate {

    protected final ProcessSteps steps;

    StepDelegate(ProcessSteps steps) {
        this.steps = steps;
    }

    static UUID applicationId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(ProcessConstants.VAR_APPLICATION_ID));
    }

    static int revision(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessConstants.VAR_REVISION)).intValue();
    }

    /**
     * An officer caused the step when it follows a review decision. Screening and a failed bank
     * verification clear the decision, so a later step of the system is not taken for an officer's.
     */
    static Actor actor(DelegateExecution execution) {
        return execution.getVariable(ProcessConstants.VAR_DECISION) != null ? Actor.OFFICER : Actor.SYSTEM;
    }

    static void clearDecision(DelegateExecution execution) {
        execution.removeVariable(ProcessConstants.VAR_DECISION);
        execution.removeVariable(ProcessConstants.VAR_REVIEW_COMMENT);
        execution.removeVariable(ProcessConstants.VAR_REQUESTED_CHANGES);
    }
}
