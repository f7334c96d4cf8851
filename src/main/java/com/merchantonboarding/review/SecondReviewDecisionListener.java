package com.merchantonboarding.review;

import com.merchantonboarding.application.ProcessSteps;
import com.merchantonboarding.process.ProcessConstants;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import com.merchantonboarding.screening.RuleBaseHolder;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code UserTask_SecondReview}: four eyes, then the lead's decision is recorded. The first reviewer
 * comes from the record of decisions, never from the {@code firstReviewer} variable.
 */
@Component("secondReviewDecisionListener")
class SecondReviewDecisionListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(SecondReviewDecisionListener.class);
    private static final Set<String> DECISIONS = Set.copyOf(
            ReviewDecision.DECISIONS.get(ProcessConstants.TASK_SECOND_REVIEW));

    private final ProcessSteps steps;
    private final IdentityService identity;
    private final RuleBaseHolder rules;

    SecondReviewDecisionListener(ProcessSteps steps, IdentityService identity, RuleBaseHolder rules) {
        this.steps = steps;
        this.identity = identity;
        this.rules = rules;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = ReviewDecisionListener.currentUser(identity, task);
        UUID applicationId = ReviewDecisionListener.applicationId(task);
        int revision = steps.application(applicationId).getRevision();
        String firstReviewer = steps.reviewer(applicationId, revision, ProcessConstants.TASK_REVIEW).orElse(null);
        if (user == null) {
            throw ReviewDecision.refuse("The second review must be completed by a signed-in user.");
        }
        if (user.equals(firstReviewer)) {
            throw ReviewDecision.refuse("Four eyes: you completed the first review of this application, so a "
                    + "different lead must complete the second review.");
        }
        ReviewDecision decision = ReviewDecision.read(task, DECISIONS, Set.of(),
                ReviewDecisionListener.rejectCodes(rules.current().reasonCodes()));
        steps.recordOfficerDecision(applicationId, revision, decision.decision(), decision.comment(), List.of(),
                decision.rejectionReasons(), task.getTaskDefinitionKey(), task.getId(), user);
        log.info("Second review of application {} revision {} decided: {} by {} (first review by {})",
                applicationId, revision, decision.decision(), user, firstReviewer);
    }
}
