package com.merchantonboarding.paymentissue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_RejectIssue}: a duplicate report or one outside the provider's dispute window is closed (mail and webhook). */
@Component("rejectPaymentIssueDelegate")
class RejectPaymentIssueDelegate implements JavaDelegate {

    private final PaymentIssues issues;

    RejectPaymentIssueDelegate(PaymentIssues issues) {
        this.issues = issues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issues.reject(PaymentIssueDelegates.issueId(execution));
    }
}
