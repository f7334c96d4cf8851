package com.merchantonboarding.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * The first response to a request made with an {@code Idempotency-Key}, to answer repeats with; while that request
 * runs, a claim (status 0, no body) that concurrent repeats wait on.
 */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord implements Persistable<IdempotencyRecord.Key> {

    @Embeddable
    record Key(@Column(name = "merchant_id") UUID merchantId, @Column(name = "idem_key") String key)
            implements Serializable {
    }

    private static final int PENDING = 0;

    @Transient
    private boolean fresh;

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

    /** A claim: the request is running; its answer is not known yet. */
    static IdempotencyRecord claim(Key id, String requestHash, Instant now) {
        IdempotencyRecord claim = new IdempotencyRecord(id, requestHash, PENDING, null, now);
        claim.fresh = true;
        return claim;
    }

    /**
     * A claim is inserted, never merged into a row another request wrote meanwhile: the primary key then refuses
     * the second claim.
     */
    @Override
    public boolean isNew() {
        return fresh;
    }

    @Override
    public Key getId() {
        return id;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    boolean isComplete() {
        return responseStatus != PENDING;
    }

    boolean claimedBefore(Instant instant) {
        return createdAt.isBefore(instant);
    }

    void complete(int status, String body) {
        this.responseStatus = status;
        this.responseBody = body;
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
