package com.merchantonboarding.paymentissue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ExpireIssue}: what was missing never came; the report is closed (mail and webhook). */
@Component("expirePaymentIssueDelegate")
class ExpirePaymentIssueDelegate implements JavaDelegate {

    private final PaymentIssues issues;

    ExpirePaymentIssueDelegate(PaymentIssues issues) {
        this.issues = issues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issues.expire(PaymentIssueDelegates.issueId(execution));
    }
}
