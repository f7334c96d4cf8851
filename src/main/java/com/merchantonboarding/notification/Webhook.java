package com.merchantonboarding.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A merchant's webhook: where status changes are posted and the secret they are signed with. The
 * secret is kept in clear because signing needs it; it is shown to the merchant only once. Deleting
 * keeps the row (deleted_at) so that its delivery log stays consistent.
 */
@Entity
@Table(name = "webhook")
class Webhook {

    @Id
    private UUID id;
    @Column(name = "merchant_id")
    private UUID merchantId;
    private String url;
    private String secret;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Webhook() {
    }

    Webhook(UUID merchantId, String url, String secret, Instant now) {
        this.id = UUID.randomUUID();
        this.merchantId = merchantId;
        this.url = url;
        this.secret = secret;
        this.createdAt = now;
    }

    void delete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    UUID getId() {
        return id;
    }

    UUID getMerchantId() {
        return merchantId;
    }

    String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
