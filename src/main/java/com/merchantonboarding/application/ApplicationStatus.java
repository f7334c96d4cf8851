package com.merchantonboarding.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Statuses of spec/merchant-api.md. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, REJECTED, APPROVED, LIVE, EXPIRED, WITHDRAWN;

    private static final Set<ApplicationStatus> FINAL =
            Collections.unmodifiableSet(EnumSet.of(REJECTED, LIVE, EXPIRED, WITHDRAWN));

    public static Set<ApplicationStatus> finalStatuses() {
        return FINAL;
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether the merchant may edit data and documents. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
