package com.merchantonboarding.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.application.ProcessSteps.RequestedChange;
import com.merchantonboarding.documents.DocumentType;
import com.merchantonboarding.process.ProcessConstants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * An officer's decision as submitted on a review task, checked against spec/process.md. A decision
 * that breaks the rules is refused with a message the officer can act on; the task stays open.
 */
record ReviewDecision(String decision, String comment, List<RequestedChange> changes, List<String> rejectionReasons) {

    /** The optional process variable with the codes an officer gives as reasons to reject. */
    static final String VAR_REJECTION_REASONS = "rejectionReasons";
    static final String GENERIC_REJECTION = "APPLICATION_NOT_SUPPORTED";

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_COMMENT = 2000;
    /** Every field and document type once, with room to spare. */
    static final int MAX_CHANGES = 50;

    /** Field paths an officer can ask the merchant to change (besides {@code documents.<TYPE>}). */
    static final Set<String> FIELDS = Set.of("legalName", "tradingName", "businessType", "registrationNumber",
            "country", "merchantCategoryCode", "website", "expectedMonthlyVolume", "contact.email", "contact.phone",
            "legalRepresentative.fullName", "legalRepresentative.idNumber", "beneficialOwners",
            "bankAccount.holderName", "bankAccount.accountNumber", "bankAccount.bankName", "bankAccount.currency",
            "walletProviders", "paymentFeatures");

    /** The decisions of each review task, in the order the form offers them. */
    static final Map<String, List<String>> DECISIONS = Map.of(
            ProcessConstants.TASK_REVIEW, List.of(ProcessConstants.DECISION_APPROVE, ProcessConstants.DECISION_REJECT,
                    ProcessConstants.DECISION_REQUEST_CHANGES),
            ProcessConstants.TASK_SECOND_REVIEW, List.of(ProcessConstants.DECISION_APPROVE,
                    ProcessConstants.DECISION_REJECT));

    /**
     * What the review form of a task checks before it submits, from the same rules as {@link #read}: its decisions,
     * those that need a comment for the merchant, and those that need at least one requested change.
     */
    record Rules(String taskDefinitionKey, List<String> decisions, List<String> commentRequiredFor,
                 List<String> changesRequiredFor, int maxComment) {
    }

    static Rules rules(String taskDefinitionKey) {
        List<String> decisions = DECISIONS.getOrDefault(taskDefinitionKey, List.of());
        return new Rules(taskDefinitionKey, decisions,
                decisions.stream().filter(ReviewDecision::needsComment).toList(),
                decisions.stream().filter(ReviewDecision::needsChanges).toList(), MAX_COMMENT);
    }

    static boolean needsComment(String decision) {
        return !ProcessConstants.DECISION_APPROVE.equals(decision);
    }

    static boolean needsChanges(String decision) {
        return ProcessConstants.DECISION_REQUEST_CHANGES.equals(decision);
    }

    static ReviewDecision read(DelegateTask task, Set<String> allowedDecisions, Set<String> requestCodes,
                               Set<String> rejectCodes) {
        Object rawDecision = task.getVariable(ProcessConstants.VAR_DECISION);
        String decision = rawDecision == null ? null : rawDecision.toString().trim();
        if (decision == null || !allowedDecisions.contains(decision)) {
            throw refuse("Choose a decision: " + String.join(", ", allowedDecisions.stream().sorted().toList())
                    + (decision == null || decision.isEmpty() ? "." : " ('" + decision + "' is not one of them)."));
        }
        Object rawComment = task.getVariable(ProcessConstants.VAR_REVIEW_COMMENT);
        String comment = rawComment == null ? null : rawComment.toString().trim();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw refuse("The comment is too long: at most " + MAX_COMMENT + " characters.");
        }
        if (needsComment(decision) && (comment == null || comment.isEmpty())) {
            throw refuse("A comment for the merchant is required to " + (ProcessConstants.DECISION_REJECT.equals(decision)
                    ? "reject the application." : "request changes."));
        }
        List<RequestedChange> changes = List.of();
        if (needsChanges(decision)) {
            changes = readChanges(task.getVariable(ProcessConstants.VAR_REQUESTED_CHANGES), requestCodes);
        }
        List<String> reasons = List.of();
        if (ProcessConstants.DECISION_REJECT.equals(decision)) {
            reasons = readReasons(task.getVariable(VAR_REJECTION_REASONS), rejectCodes);
        }
        return new ReviewDecision(decision, comment, changes, reasons);
    }

    /** The reasons to reject: codes of severity REJECT; none given means the generic reason. */
    private static List<String> readReasons(Object raw, Set<String> rejectCodes) {
        List<String> codes;
        try {
            String text = raw == null ? "[]" : raw instanceof String s ? s
                    : raw.getClass().getName().startsWith("org.camunda.spin") ? raw.toString()
                    : JSON.writeValueAsString(raw);
            codes = JSON.readValue(text, new TypeReference<List<String>>() { });
        } catch (Exception e) {
            throw refuse("The rejection reasons must be a list of reason codes.");
        }
        if (codes == null || codes.isEmpty()) {
            return List.of(GENERIC_REJECTION);
        }
        for (String code : codes) {
            if (!rejectCodes.contains(code)) {
                throw refuse("'" + code + "' is not a reason to reject; choose from "
                        + String.join(", ", rejectCodes.stream().sorted().toList()) + ".");
            }
        }
        return codes.stream().distinct().toList();
    }

    private static List<RequestedChange> readChanges(Object raw, Set<String> requestCodes) {
        List<RequestedChange> items;
        try {
            String text = raw == null ? "[]" : raw instanceof String s ? s
                    : raw.getClass().getName().startsWith("org.camunda.spin") ? raw.toString()
                    : JSON.writeValueAsString(raw);
            items = JSON.readValue(text, new TypeReference<List<RequestedChange>>() { });
        } catch (Exception e) {
            throw refuse("The requested changes must be a list of {requirement, code, message}.");
        }
        if (items == null || items.isEmpty()) {
            throw refuse("Pick at least one item for the merchant to change.");
        }
        if (items.size() > MAX_CHANGES) {
            throw refuse("At most " + MAX_CHANGES + " items can be requested at once.");
        }
        List<RequestedChange> checked = new ArrayList<>();
        for (RequestedChange item : items) {
            String requirement = item.requirement() == null ? "" : item.requirement().trim();
            if (!isRequirement(requirement)) {
                throw refuse("'" + requirement + "' is not a field or document of the application.");
            }
            String code = item.code() == null || item.code().isBlank() ? "OFFICER_REQUEST" : item.code().trim();
            if (!requestCodes.contains(code)) {
                throw refuse("'" + code + "' is not a code an officer can use to request a change.");
            }
            String message = item.message() == null ? "" : item.message().trim();
            if ("OFFICER_REQUEST".equals(code) && message.isEmpty()) {
                throw refuse("Write a message for the merchant about " + requirement + ".");
            }
            if (message.length() > 1000) {
                throw refuse("The message about " + requirement + " is too long: at most 1000 characters.");
            }
            checked.add(new RequestedChange(requirement, code, message.isEmpty() ? null : message));
        }
        return checked;
    }

    static boolean isRequirement(String path) {
        if (path.startsWith("documents.")) {
            try {
                DocumentType.valueOf(path.substring("documents.".length()));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return FIELDS.contains(path);
    }

    /**
     * A refusal the officer can act on. A form-field validation error is what Tasklist shows as the
     * reason the form could not be submitted, and /engine-rest answers it with 400, not 500.
     */
    static FormFieldValidationException refuse(String message) {
        return new FormFieldValidationException("decision", message);
    }
}
