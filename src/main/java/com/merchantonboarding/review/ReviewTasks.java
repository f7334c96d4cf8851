package com.merchantonboarding.review;

import com.merchantonboarding.paymentissue.PaymentIssueConstants;
import com.merchantonboarding.process.ProcessConstants;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person may do with each user task of the onboarding process: which groups may complete it and which
 * variables a completion may carry (spec/process.md). Everything else the process decides on comes from the
 * application's record or from variables only the engine writes. A task that is not listed here may be completed
 * by nobody with variables, so a task added to the model is closed until it is described here.
 */
public final class ReviewTasks {

    /** The variables of the review forms; nothing else may ride along with a decision. */
    static final Set<String> REVIEW_VARIABLES = Set.of(ProcessConstants.VAR_DECISION,
            ProcessConstants.VAR_REVIEW_COMMENT, ProcessConstants.VAR_REQUESTED_CHANGES,
            ReviewDecision.VAR_REJECTION_REASONS);
    static final Set<String> SECOND_REVIEW_VARIABLES = Set.of(ProcessConstants.VAR_DECISION,
            ProcessConstants.VAR_REVIEW_COMMENT, ReviewDecision.VAR_REJECTION_REASONS);

    record Rule(Set<String> completerGroups, Set<String> variables) {
    }

    private static final Map<String, Rule> RULES = Map.of(
            // An escalated review is also offered to leads (EscalateReviewDelegate), who may then complete it.
            ProcessConstants.TASK_REVIEW, new Rule(Set.of(ProcessConstants.GROUP_OFFICERS,
                    ProcessConstants.GROUP_LEADS), REVIEW_VARIABLES),
            ProcessConstants.TASK_SECOND_REVIEW, new Rule(Set.of(ProcessConstants.GROUP_LEADS),
                    SECOND_REVIEW_VARIABLES),
            // Payment problems (bpmn/payment-issue.bpmn): support resolves; an overdue case is offered to leads.
            PaymentIssueConstants.TASK_RESOLVE, new Rule(Set.of(ProcessConstants.GROUP_PAYMENT_SUPPORT,
                    ProcessConstants.GROUP_LEADS), Set.of(PaymentIssueConstants.VAR_RESOLUTION,
                    PaymentIssueConstants.VAR_PROVIDER_REFERENCE, PaymentIssueConstants.VAR_EXPLANATION)),
            // A merchant's question: any officer or lead answers it, with the answer and nothing else.
            ProcessConstants.TASK_ANSWER_QUESTION, new Rule(Set.of(ProcessConstants.GROUP_OFFICERS,
                    ProcessConstants.GROUP_LEADS), Set.of(ProcessConstants.VAR_ANSWER)));

    private ReviewTasks() {
    }

    /** Whether officers can work this user task: its groups and form variables are described here. */
    public static boolean describes(String taskDefinitionKey) {
        return RULES.containsKey(taskDefinitionKey);
    }

    static Optional<Rule> rule(String taskDefinitionKey) {
        return Optional.ofNullable(RULES.get(taskDefinitionKey));
    }
}
