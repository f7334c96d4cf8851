package com.merchantonboarding.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (inside the transaction) when an application reaches a new status. Notifications and
 * webhooks listen to it after commit.
 */
public record StatusChanged(UUID applicationId, UUID merchantId, String reference, ApplicationStatus status,
                            int revision, Actor actor, Instant at) {
}
