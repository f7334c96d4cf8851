package com.merchantonboarding.paymentissue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The resolution gateway reads the outcome recorded on the report (by the task's complete listener, after its
 * checks), not a variable a completion could carry.
 */
@Component("paymentIssueRouting")
public class PaymentIssueRouting {

    private final PaymentIssues issues;

    PaymentIssueRouting(PaymentIssues issues) {
        this.issues = issues;
    }

    public boolean resolvedAs(DelegateExecution execution, String status) {
        return issues.issue(PaymentIssueDelegates.issueId(execution)).getStatus().name().equals(status);
    }
}
