package com.merchantonboarding.notification;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationView;
import java.time.Instant;
import java.util.List;

/**
 * What a mail says, fixed (and already in the recipient's language) when the event is recorded, so
 * a mail sent later still tells what was true then. Rendered through the templates when sent.
 * Holds no account or ID number: only the reference, statuses, requirements and reasons.
 */
record MailContent(String reference, String status, int revision, List<Item> items, Instant respondBy,
                   String message, List<Reason> reasons, String paymentLink, List<String> providers,
                   Instant dueDate, String kind, String providerReference, Security security, String question,
                   String questionAbout, String answer) {

    /**
     * Mails about an application's status, reminders and escalations: no payment-problem kind, no provider's
     * reference, nothing of the account, no question.
     */
    MailContent(String reference, String status, int revision, List<Item> items, Instant respondBy, String message,
                List<Reason> reasons, String paymentLink, List<String> providers, Instant dueDate) {
        this(reference, status, revision, items, respondBy, message, reasons, paymentLink, providers, dueDate, null,
                null, null, null, null, null);
    }

    /**
     * A customer's payment problem: its reference, status and kind, what is missing (in the merchant's language),
     * support's explanation and the provider's reference.
     */
    static MailContent paymentIssue(String reference, String status, String kind, String provider, List<Item> missing,
                                    Instant respondBy, String explanation, String providerReference) {
        return new MailContent(reference, status, 0, missing, respondBy, explanation, List.of(), null,
                List.of(provider), null, kind, providerReference, null, null, null, null);
    }

    /** One thing the merchant must change: a field path or {@code documents.<TYPE>}, and why. */
    record Item(String requirement, String code, String reason) {
    }

    record Reason(String code, String reason) {
    }

    /**
     * A mail about the merchant's account, not an application: at least how many logins or API keys failed within
     * about an hour, when the last did, and for a key the part of it its owner sees. Never the password or key tried.
     */
    record Security(int failures, Instant latest, String keyPrefix) {
    }

    /** What the merchant API shows of the application now (masked, merchant-visible findings only). */
    static MailContent of(ApplicationView view) {
        ApplicationView.Requirements requirements = view.requirements();
        ApplicationView.Decision decision = view.decision();
        ApplicationView.Wallet wallet = view.wallet();
        List<Item> items = requirements == null ? List.of() : requirements.errors().stream()
                .map(e -> new Item(e.requirement(), e.code(), e.reason()))
                .toList();
        String message = requirements != null && requirements.message() != null ? requirements.message()
                : decision != null ? decision.message() : null;
        List<Reason> reasons = decision == null ? List.of()
                : decision.reasons().stream().map(r -> new Reason(r.code(), r.reason())).toList();
        List<String> providers = wallet == null || wallet.providers() == null ? List.of()
                : wallet.providers().stream().map(ApplicationData.WalletProvider::name).toList();
        return new MailContent(view.reference(), view.status().name(), view.revision(), items,
                requirements == null ? null : requirements.respondBy(), message, reasons,
                wallet == null ? null : wallet.paymentLinkBase(), providers, null);
    }

    /** The leads' escalation mail: which application, and since when the review is overdue. */
    static MailContent escalation(String reference, String status, int revision, Instant dueDate) {
        return new MailContent(reference, status, revision, List.of(), null, null, List.of(), null, List.of(),
                dueDate);
    }

    /** The merchant's mail after repeated failed logins (no application: reference and status are empty). */
    static MailContent security(Security security) {
        return new MailContent(null, null, 0, List.of(), null, null, List.of(), null, List.of(), null, null, null,
                security, null, null, null);
    }

    MailContent withRespondBy(Instant deadline) {
        return new MailContent(reference, status, revision, items, deadline == null ? respondBy : deadline, message,
                reasons, paymentLink, providers, dueDate, kind, providerReference, security, question, questionAbout,
                answer);
    }

    /**
     * The answer to a merchant's question, with the question and the requested item it was about (a requirement
     * path, or null), besides the application's reference, status and deadline.
     */
    MailContent withAnswer(String question, String about, String answer) {
        return new MailContent(reference, status, revision, List.of(), respondBy, null, List.of(), null, List.of(),
                null, null, null, null, question, about, answer);
    }
}
