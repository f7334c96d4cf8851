package com.merchantonboarding.paymentissue;

import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Support's outcome as Tasklist's form sends it, checked before anything is recorded: a refund needs the
 * provider's refund reference, "no charge found" needs the explanation for the customer, an escalation to the
 * provider may carry the provider's case reference. A refusal reaches Tasklist as a readable message.
 */
public record PaymentIssueResolution(PaymentIssueStatus outcome, String providerReference, String explanation) {

    static final int MAX_EXPLANATION = 2000;
    static final int MIN_EXPLANATION = 10;
    static final Pattern PROVIDER_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{3,63}");

    public static PaymentIssueResolution read(Object outcomeValue, Object referenceValue, Object explanationValue) {
        String outcomeText = text(outcomeValue);
        PaymentIssueStatus outcome;
        try {
            outcome = outcomeText == null ? null : PaymentIssueStatus.valueOf(outcomeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            outcome = null;
        }
        if (outcome == null || !PaymentIssueStatus.RESOLUTIONS.contains(outcome)) {
            throw refuse(PaymentIssueConstants.VAR_RESOLUTION,
                    "Choose an outcome: REFUND_INITIATED, NO_CHARGE_FOUND or ESCALATED_TO_PROVIDER.");
        }
        String reference = text(referenceValue);
        String explanation = text(explanationValue);
        if (reference != null && !PROVIDER_REFERENCE.matcher(reference).matches()) {
            throw refuse(PaymentIssueConstants.VAR_PROVIDER_REFERENCE,
                    "The provider's reference has 4 to 64 letters, digits, '-' or '_'.");
        }
        if (outcome == PaymentIssueStatus.REFUND_INITIATED && reference == null) {
            throw refuse(PaymentIssueConstants.VAR_PROVIDER_REFERENCE,
                    "A refund needs the provider's refund reference.");
        }
        if (outcome == PaymentIssueStatus.NO_CHARGE_FOUND
                && (explanation == null || explanation.length() < MIN_EXPLANATION)) {
            throw refuse(PaymentIssueConstants.VAR_EXPLANATION,
                    "Explain for the customer why no charge was found (at least " + MIN_EXPLANATION + " characters).");
        }
        if (explanation != null && explanation.length() > MAX_EXPLANATION) {
            throw refuse(PaymentIssueConstants.VAR_EXPLANATION,
                    "The explanation is too long: at most " + MAX_EXPLANATION + " characters.");
        }
        return new PaymentIssueResolution(outcome, reference, explanation);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static FormFieldValidationException refuse(String field, String message) {
        return new FormFieldValidationException(field, message);
    }
}
