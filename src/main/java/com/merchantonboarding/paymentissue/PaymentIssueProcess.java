package com.merchantonboarding.paymentissue;

import static com.merchantonboarding.paymentissue.PaymentIssueConstants.*;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts bpmn/payment-issue.bpmn for a report (business key: the report's id) and delivers the merchant's
 * message; inside the caller's transaction, so a refused correlation rolls the change back.
 */
@Component
class PaymentIssueProcess {

    private final RuntimeService runtime;

    PaymentIssueProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void start(UUID paymentIssueId) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, paymentIssueId.toString(),
                Map.of(VAR_PAYMENT_ISSUE_ID, paymentIssueId.toString()));
    }

    /** Throws MismatchingMessageCorrelationException when the process is not waiting for it. */
    void informationSupplied(UUID paymentIssueId) {
        runtime.createMessageCorrelation(MSG_INFORMATION_SUPPLIED)
                .processInstanceBusinessKey(paymentIssueId.toString())
                .correlate();
    }
}
