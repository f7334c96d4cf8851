package com.merchantonboarding.application;

import com.merchantonboarding.documents.DocumentType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code Application} payload of spec/merchant-api.md, as merchants see it. */
public record ApplicationView(
        UUID id,
        String reference,
        ApplicationStatus status,
        int revision,
        Instant createdAt,
        Instant submittedAt,
        Instant updatedAt,
        ApplicationData data,
        List<DocumentView> documents,
        Requirements requirements,
        Decision decision,
        Wallet wallet,
        List<HistoryEntry> history) {

    public record DocumentView(UUID id, DocumentType type, String filename, long size, String detectedMediaType,
                               Instant uploadedAt, Inspection inspection) {
    }

    public record Inspection(String status, List<Reason> findings) {
    }

    public record Reason(String code, String reason) {
    }

    /** {@code message}: the officer's own words about this item, when an officer wrote any. */
    public record RequirementError(String requirement, String code, String reason, String message) {
    }

    /** {@code message} is the officer's overall message, when an officer asked for the changes. */
    public record Requirements(List<String> currentlyDue, List<RequirementError> errors, Instant respondBy,
                               String message) {
    }

    /** {@code message} is the officer's overall comment on a decision, when there is one. */
    public record Decision(String outcome, List<Reason> reasons, Instant decidedAt, String message) {
    }

    public record Wallet(String status, List<ApplicationData.WalletProvider> providers,
                         List<ApplicationData.PaymentFeature> features, String qrCodePayload,
                         String paymentLinkBase) {
    }

    public record HistoryEntry(int revision, ApplicationStatus status, Instant at, Actor actor) {
    }

    /** One line of {@code GET /applications}. */
    public record Summary(UUID id, String reference, ApplicationStatus status, int revision, Instant updatedAt) {
    }
}
