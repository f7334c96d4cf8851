package com.merchantonboarding.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A merchant's two-step login: the TOTP secret once confirmed, or the pending one of an enrolment. */
@Entity
@Table(name = "merchant_two_step")
class TwoStepLogin {

    /** An enrolment not confirmed within this time starts again with a new secret. */
    static final Duration PENDING_FOR = Duration.ofHours(1);

    @Id
    @Column(name = "merchant_id")
    private UUID merchantId;
    private String secret;
    @Column(name = "enabled_at")
    private Instant enabledAt;
    @Column(name = "pending_secret")
    private String pendingSecret;
    @Column(name = "pending_since")
    private Instant pendingSince;
    @Column(name = "last_used_step")
    private Long lastUsedStep;

    protected TwoStepLogin() {
    }

    TwoStepLogin(UUID merchantId) {
        this.merchantId = merchantId;
    }

    boolean isEnabled() {
        return secret != null && enabledAt != null;
    }

    /** The pending secret, if one was offered recently enough and two-step login is not on yet. */
    String pendingSecret(Instant now) {
        return !isEnabled() && pendingSecret != null && pendingSince.plus(PENDING_FOR).isAfter(now)
                ? pendingSecret : null;
    }

    void offer(String newSecret, Instant now) {
        if (isEnabled()) {
            throw new IllegalStateException("Two-step login is already on");
        }
        pendingSecret = newSecret;
        pendingSince = now;
    }

    /** Switches two-step login on with the pending secret (its code was checked by the caller). */
    void confirm(long usedStep, Instant now) {
        secret = pendingSecret;
        enabledAt = now;
        pendingSecret = null;
        pendingSince = null;
        lastUsedStep = usedStep;
    }

    UUID getMerchantId() {
        return merchantId;
    }

    String getSecret() {
        return secret;
    }

    Instant getEnabledAt() {
        return enabledAt;
    }

    Long getLastUsedStep() {
        return lastUsedStep;
    }
}
