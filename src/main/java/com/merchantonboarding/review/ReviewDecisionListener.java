package com.merchantonboarding.review;

import com.merchantonboarding.application.ProcessSteps;
import com.merchantonboarding.process.ProcessConstants;
import com.merchantonboarding.screening.ReasonCodes;
import com.merchantonboarding.screening.RuleBaseHolder;
import com.merchantonboarding.screening.Severity;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code UserTask_ReviewApplication}: checks the decision, records it with the
 * reviewer (for four eyes) and the requested changes as findings of the revision.
 */
@Component("reviewDecisionListener")
class ReviewDecisionListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ReviewDecisionListener.class);
    private static final Set<String> DECISIONS = Set.copyOf(
            ReviewDecision.DECISIONS.get(ProcessConstants.TASK_REVIEW));

    private final ProcessSteps steps;
    private final IdentityService identity;
    private final RuleBaseHolder rules;

    ReviewDecisionListener(ProcessSteps steps, IdentityService identity, RuleBaseHolder rules) {
        this.steps = steps;
        this.identity = identity;
        this.rules = rules;
    }

    @Override
    public void notify(DelegateTask task) {
        ReasonCodes codes = rules.current().reasonCodes();
        ReviewDecision decision = ReviewDecision.read(task, DECISIONS, requestCodes(codes), rejectCodes(codes));
        String reviewer = currentUser(identity, task);
        UUID applicationId = applicationId(task);
        int revision = steps.application(applicationId).getRevision();
        steps.recordOfficerDecision(applicationId, revision, decision.decision(), decision.comment(),
                decision.changes(), decision.rejectionReasons(), task.getTaskDefinitionKey(), task.getId(), reviewer);
        // For Tasklist's display only: four eyes reads the first reviewer from the record of decisions.
        task.setVariable(ProcessConstants.VAR_FIRST_REVIEWER, reviewer);
        log.info("Review of application {} revision {} decided: {} by {}", applicationId, revision,
                decision.decision(), reviewer);
    }

    /** Codes an officer may attach to a requested change: merchant-visible ones that send work back. */
    static Set<String> requestCodes(ReasonCodes codes) {
        return codes.codes().stream()
                .filter(c -> codes.merchantVisible(c) && codes.severity(c) == Severity.CHANGES_REQUIRED)
                .collect(Collectors.toSet());
    }

    /** Codes an officer may give as reasons to reject: those of severity REJECT. */
    static Set<String> rejectCodes(ReasonCodes codes) {
        return codes.codes().stream().filter(c -> codes.severity(c) == Severity.REJECT).collect(Collectors.toSet());
    }

    /**
     * The application the task is about: the process's business key, which no task completion or variable can
     * change (spec/process.md), not the {@code applicationId} variable.
     */
    static UUID applicationId(DelegateTask task) {
        return UUID.fromString(task.getExecution().getProcessBusinessKey());
    }

    /** The signed-in user (Tasklist or /engine-rest), else the task's assignee. */
    static String currentUser(IdentityService identity, DelegateTask task) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }
}
