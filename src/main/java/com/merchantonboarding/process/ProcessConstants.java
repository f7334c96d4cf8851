package com.merchantonboarding.process;

/** Names shared by the BPMN model and the Java code (spec/process.md). */
public final class ProcessConstants {

    public static final String PROCESS_KEY = "merchant-onboarding";

    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_REVISION = "revision";
    public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
    public static final String VAR_RISK_LEVEL = "riskLevel";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_REVIEW_COMMENT = "reviewComment";
    public static final String VAR_REQUESTED_CHANGES = "requestedChanges";
    public static final String VAR_FIRST_REVIEWER = "firstReviewer";

    public static final String MSG_RESUBMITTED = "ApplicationResubmitted";
    public static final String MSG_BANK_VERIFIED = "BankAccountVerified";
    public static final String MSG_BANK_VERIFICATION_FAILED = "BankAccountVerificationFailed";
    public static final String MSG_WITHDRAWN = "ApplicationWithdrawn";
    /** A merchant's question about requested changes: a non-interrupting event on the wait for resubmission. */
    public static final String MSG_QUESTION_ASKED = "MerchantQuestionAsked";

    /** The external task of {@code ServiceTask_InspectDocuments}, fetched by the inspection workers. */
    public static final String TOPIC_INSPECT_DOCUMENTS = "inspect-documents";

    public static final String TASK_REVIEW = "UserTask_ReviewApplication";
    public static final String TASK_SECOND_REVIEW = "UserTask_SecondReview";
    public static final String TASK_ANSWER_QUESTION = "UserTask_AnswerQuestion";
    /** The one variable a completion of {@link #TASK_ANSWER_QUESTION} carries: the officer's answer (plain text). */
    public static final String VAR_ANSWER = "answer";

    public static final String GROUP_OFFICERS = "compliance-officers";
    public static final String GROUP_LEADS = "compliance-leads";
    public static final String GROUP_ANALYSTS = "business-analysts";
    public static final String GROUP_ADMINS = "camunda-admin";
    /** Operators of the service: the actuator endpoints (health details, metrics), nothing in the webapps. */
    public static final String GROUP_OPERATORS = "operators";
    /**
     * Not a group of people: the inspection workers' technical user. It may fetch, lock, complete and fail the
     * process's external tasks over /engine-rest, and nothing else (no user task, no webapp).
     */
    public static final String GROUP_INSPECTION_WORKERS = "inspection-workers";
    /** Not a group of people: the rights of the analysts' deployment path (processmodel/ProcessModels). */
    public static final String GROUP_MODEL_DEPLOYERS = "process-model-deployers";

    /** Payment support: resolves customers' payment problems (bpmn/payment-issue.bpmn) in Tasklist. */
    public static final String GROUP_PAYMENT_SUPPORT = "payment-support";
    /** The second process (paymentissue/PaymentIssueConstants holds its names). */
    public static final String PAYMENT_ISSUE_PROCESS_KEY = "Process_PaymentIssue";

    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_REJECT = "REJECT";
    public static final String DECISION_REQUEST_CHANGES = "REQUEST_CHANGES";

    private ProcessConstants() {
    }
}
