package com.merchantonboarding.notification;

import java.time.Instant;
import java.util.UUID;

/** The body of every webhook request (spec/merchant-api.md, "Webhooks"). */
record WebhookEventBody(UUID id, String type, Instant createdAt, Data data) {

    record Data(UUID applicationId, String reference, String status, int revision) {
    }
}
