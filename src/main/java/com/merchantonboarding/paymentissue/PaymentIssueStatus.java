package com.merchantonboarding.paymentissue;

import java.util.Set;

/**
 * Where a report stands. {@code REFUND_INITIATED}, {@code NO_CHARGE_FOUND} and {@code ESCALATED_TO_PROVIDER} are
 * support's outcomes; {@code REJECTED} (a duplicate report, outside the provider's dispute window) and
 * {@code EXPIRED} (what was missing never came) are the automatic ones.
 */
public enum PaymentIssueStatus {
    RECEIVED,
    INFORMATION_REQUIRED,
    IN_REVIEW,
    REFUND_INITIATED,
    NO_CHARGE_FOUND,
    ESCALATED_TO_PROVIDER,
    REJECTED,
    EXPIRED;

    /** The outcomes support may choose in Tasklist. */
    public static final Set<PaymentIssueStatus> RESOLUTIONS = Set.of(REFUND_INITIATED, NO_CHARGE_FOUND,
            ESCALATED_TO_PROVIDER);

    public boolean isFinal() {
        return RESOLUTIONS.contains(this) || this == REJECTED || this == EXPIRED;
    }
}
