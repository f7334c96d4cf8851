package com.merchantonboarding.paymentissue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code BusinessRuleTask_CheckIssue}: the rules of rules/paymentissues/ decide REJECT, INFORMATION or REVIEW. */
@Component("checkPaymentIssueDelegate")
class CheckPaymentIssueDelegate implements JavaDelegate {

    private final PaymentIssues issues;

    CheckPaymentIssueDelegate(PaymentIssues issues) {
        this.issues = issues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(PaymentIssueConstants.VAR_CHECK_OUTCOME,
                issues.check(PaymentIssueDelegates.issueId(execution)));
    }
}
