package com.merchantonboarding.paymentissue;

import com.merchantonboarding.screening.PaymentIssueRules;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a merchant sees of a report (API and portal): the report, what the checks found (with the merchant's text in
 * the requested language) while it matters, support's outcome, the evidence and the history. Never who in support
 * decided.
 */
public record PaymentIssueView(UUID id, String reference, PaymentIssueKind kind, String walletProvider,
                               Instant occurredAt, Amount amount, String paymentReference, String description,
                               PaymentIssueStatus status, List<Finding> findings, Instant respondBy,
                               String duplicateOf, Resolution resolution, List<Evidence> evidence,
                               List<Event> history, Instant createdAt, Instant updatedAt) {

    public record Amount(String amount, String currency) {
    }

    public record Finding(String code, String requirement, String message) {
    }

    public record Resolution(PaymentIssueStatus outcome, String providerReference, String explanation,
                             Instant resolvedAt) {
    }

    public record Evidence(UUID id, String filename, long size, String mediaType, Instant uploadedAt) {
    }

    public record Event(PaymentIssueStatus status, PaymentIssueActor actor, Instant at) {
    }

    /** One line of the merchant's list. */
    public record Summary(UUID id, String reference, PaymentIssueKind kind, String walletProvider,
                          PaymentIssueStatus status, Instant createdAt, Instant updatedAt) {
    }

    public static Summary summary(PaymentIssue issue) {
        return new Summary(issue.getId(), issue.getReference(), issue.getKind(), issue.getProvider(),
                issue.getStatus(), issue.getCreatedAt(), issue.getUpdatedAt());
    }

    static PaymentIssueView of(PaymentIssue issue, List<PaymentIssueEvidence> files, String duplicateOfReference,
                               PaymentIssueRules rules, Locale locale) {
        boolean findingsMatter = issue.getStatus() == PaymentIssueStatus.INFORMATION_REQUIRED
                || issue.getStatus() == PaymentIssueStatus.REJECTED;
        List<Finding> findings = !findingsMatter ? List.of() : issue.getFindings().stream()
                .map(f -> new Finding(f.code(), f.requirement(),
                        rules.code(f.code()).map(c -> c.text(locale)).orElse(f.code())))
                .toList();
        Resolution resolution = PaymentIssueStatus.RESOLUTIONS.contains(issue.getStatus())
                ? new Resolution(issue.getStatus(), issue.getProviderCaseReference(), issue.getExplanation(),
                        issue.getResolvedAt())
                : null;
        return new PaymentIssueView(issue.getId(), issue.getReference(), issue.getKind(), issue.getProvider(),
                issue.getOccurredAt(), new Amount(issue.getAmount(), issue.getCurrency()), issue.getPaymentReference(),
                issue.getDescription(), issue.getStatus(), findings,
                issue.getStatus() == PaymentIssueStatus.INFORMATION_REQUIRED ? issue.getRespondBy() : null,
                duplicateOfReference, resolution,
                files.stream().map(e -> new Evidence(e.getId(), e.getFilename(), e.getSize(), e.getDetectedMediaType(),
                        e.getUploadedAt())).toList(),
                issue.getHistory().stream().map(e -> new Event(e.getStatus(), e.getActor(), e.getOccurredAt()))
                        .toList(),
                issue.getCreatedAt(), issue.getUpdatedAt());
    }
}
