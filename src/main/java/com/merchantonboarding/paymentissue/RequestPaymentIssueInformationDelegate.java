package com.merchantonboarding.paymentissue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_RequestInformation}: the merchant is asked for what the checks found missing (mail and webhook). */
@Component("requestPaymentIssueInformationDelegate")
class RequestPaymentIssueInformationDelegate implements JavaDelegate {

    private final PaymentIssues issues;

    RequestPaymentIssueInformationDelegate(PaymentIssues issues) {
        this.issues = issues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issues.requestInformation(PaymentIssueDelegates.issueId(execution));
    }
}
