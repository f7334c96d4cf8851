package com.merchantonboarding.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the outbox: something happened that merchants or leads are told about. The id is derived
 * from the dedup key, so the same happening always carries the same event id, however often it is
 * reported.
 */
record OutboxEvent(UUID id, String dedupKey, String type, UUID applicationId, UUID merchantId, String reference,
                   String status, int revision, Instant occurredAt, String payloadJson) {

    static UUID idFor(String dedupKey) {
        return UUID.nameUUIDFromBytes(("merchant-onboarding:" + dedupKey).getBytes(StandardCharsets.UTF_8));
    }
}
