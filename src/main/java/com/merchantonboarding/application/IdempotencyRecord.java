package com.merchantonboarding.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The first response to a request made with an {@code Idempotency-Key}, to answer repeats with. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

    @Embeddable
    record Key(@Column(name = "merchant_id") UUID merchantId, @Column(name = "idem_key") String key)
            implements Serializable {
    }

    @EmbeddedId
    private Key id;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "response_status")
    private int responseStatus;
    @Column(name = "response_body")
    private String responseBody;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(Key id, String requestHash, int responseStatus, String responseBody, Instant createdAt) {
        this.id = id;
        this.requestHash = requestHash;
        this.responseStatus = responseStatus;
        this.responseBody = responseBody;
        this.createdAt = createdAt;
    }

    String getRequestHash() {
        return requestHash;
    }

    int getResponseStatus() {
        return responseStatus;
    }

    String getResponseBody() {
        return responseBody;
    }
}
