package com.merchantonboarding.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A one-time recovery code of two-step login, hashed like a password; it is shown once and used once. */
@Entity
@Table(name = "merchant_recovery_code")
class RecoveryCode {

    @Id
    private UUID id;
    @Column(name = "merchant_id")
    private UUID merchantId;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(UUID merchantId, String codeHash, Instant now) {
        this.id = UUID.randomUUID();
        this.merchantId = merchantId;
        this.codeHash = codeHash;
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    String getCodeHash() {
        return codeHash;
    }
}
