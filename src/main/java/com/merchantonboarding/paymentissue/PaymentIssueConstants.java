package com.merchantonboarding.paymentissue;

import com.merchantonboarding.process.ProcessConstants;

/** Names shared by bpmn/payment-issue.bpmn and the Java code. */
public final class PaymentIssueConstants {

    public static final String PROCESS_KEY = ProcessConstants.PAYMENT_ISSUE_PROCESS_KEY;

    public static final String VAR_PAYMENT_ISSUE_ID = "paymentIssueId";
    /** Set by the checks: REJECT, INFORMATION or REVIEW. */
    public static final String VAR_CHECK_OUTCOME = "checkOutcome";
    /** Support's outcome in Tasklist: REFUND_INITIATED, NO_CHARGE_FOUND or ESCALATED_TO_PROVIDER. */
    public static final String VAR_RESOLUTION = "resolution";
    /** The provider's refund or case reference (REFUND_INITIATED, ESCALATED_TO_PROVIDER). */
    public static final String VAR_PROVIDER_REFERENCE = "providerReference";
    /** What the merchant can tell the customer (required for NO_CHARGE_FOUND). */
    public static final String VAR_EXPLANATION = "explanation";

    public static final String OUTCOME_REJECT = "REJECT";
    public static final String OUTCOME_INFORMATION = "INFORMATION";
    public static final String OUTCOME_REVIEW = "REVIEW";

    public static final String MSG_INFORMATION_SUPPLIED = "PaymentIssueInformationSupplied";

    public static final String TASK_RESOLVE = "UserTask_ResolvePaymentIssue";
    public static final String GROUP_SUPPORT = ProcessConstants.GROUP_PAYMENT_SUPPORT;
    public static final String GROUP_LEADS = ProcessConstants.GROUP_LEADS;

    private PaymentIssueConstants() {
    }
}
