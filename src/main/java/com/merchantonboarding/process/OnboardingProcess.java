package com.merchantonboarding.process;

import static com.merchantonboarding.process.ProcessConstants.*;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The application's side of the BPMN process: starts it and delivers the merchant's messages.
 * Called inside the caller's transaction, so a refused correlation rolls everything back.
 */
@Component
public class OnboardingProcess {

    private final RuntimeService runtime;

    OnboardingProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void start(UUID applicationId, int revision) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, applicationId.toString(),
                Map.of(VAR_APPLICATION_ID, applicationId.toString(), VAR_REVISION, revision));
    }

    public boolean isRunning(UUID applicationId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(applicationId.toString()).count() > 0;
    }

    /** Throws MismatchingMessageCorrelationException when the process is not waiting for it. */
    public void resubmitted(UUID applicationId, int revision) {
        runtime.createMessageCorrelation(MSG_RESUBMITTED)
                .processInstanceBusinessKey(applicationId.toString())
                .setVariable(VAR_REVISION, revision)
                .correlate();
    }

    public void bankAccountVerified(UUID applicationId) {
        runtime.createMessageCorrelation(MSG_BANK_VERIFIED)
                .processInstanceBusinessKey(applicationId.toString())
                .correlate();
    }

    public void bankAccountVerificationFailed(UUID applicationId) {
        runtime.createMessageCorrelation(MSG_BANK_VERIFICATION_FAILED)
                .processInstanceBusinessKey(applicationId.toString())
                .correlate();
    }

    /**
     * The merchant asked a question while changes are requested: opens an answer task for officers. Throws
     * MismatchingMessageCorrelationException when the process is not waiting for a resubmission.
     */
    public void questionAsked(UUID applicationId) {
        runtime.createMessageCorrelation(MSG_QUESTION_ASKED)
                .processInstanceBusinessKey(applicationId.toString())
                .correlate();
    }

    public void withdrawn(UUID applicationId) {
        runtime.createMessageCorrelation(MSG_WITHDRAWN)
                .processInstanceBusinessKey(applicationId.toString())
                .correlateAll();
    }
}
