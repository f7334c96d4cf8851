package com.merchantonboarding.paymentissue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published inside the transaction when a report reaches a new status; the outbox records the merchant's mail and
 * webhook ({@code payment_issue.<status>}) in the same transaction. Carries what they say, nothing to look up.
 *
 * @param round     how often the checks ran: a second request for information is another event
 * @param missing   what the merchant must supply (in {@code INFORMATION_REQUIRED}): requirement and code
 * @param message   support's explanation or the provider's case reference, in the merchant's words
 */
public record PaymentIssueStatusChanged(UUID paymentIssueId, UUID merchantId, UUID applicationId, String reference,
                                        PaymentIssueKind kind, String provider, PaymentIssueStatus status, int round,
                                        List<Missing> missing, String providerCaseReference, String message,
                                        Instant respondBy, Instant at) {

    public record Missing(String requirement, String code, String detail) {
    }
}
