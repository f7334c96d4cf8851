package com.merchantonboarding.paymentissue;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** How the delegates of bpmn/payment-issue.bpmn find their report: the business key, which nothing can change. */
final class PaymentIssueDelegates {

    private PaymentIssueDelegates() {
    }

    static UUID issueId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }

    static UUID issueId(DelegateTask task) {
        return UUID.fromString(task.getExecution().getProcessBusinessKey());
    }
}
