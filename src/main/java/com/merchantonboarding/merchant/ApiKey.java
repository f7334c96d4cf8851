package com.merchantonboarding.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A merchant's API key; only its SHA-256 is stored, the key itself is shown once. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    private UUID id;
    @Column(name = "merchant_id")
    private UUID merchantId;
    @Column(name = "key_hash")
    private String keyHash;
    @Column(name = "key_prefix")
    private String keyPrefix;
    private String label;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(UUID merchantId, String keyHash, String keyPrefix, String label, Instant now) {
        this.id = UUID.randomUUID();
        this.merchantId = merchantId;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.label = label;
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getMerchantId() {
        return merchantId;
    }

    String getKeyPrefix() {
        return keyPrefix;
    }

    String getLabel() {
        return label;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
