package com.merchantonboarding.paymentissue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_MarkInReview}: the report goes to payment support. */
@Component("markPaymentIssueInReviewDelegate")
class MarkPaymentIssueInReviewDelegate implements JavaDelegate {

    private final PaymentIssues issues;

    MarkPaymentIssueInReviewDelegate(PaymentIssues issues) {
        this.issues = issues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issues.markInReview(PaymentIssueDelegates.issueId(execution));
    }
}
