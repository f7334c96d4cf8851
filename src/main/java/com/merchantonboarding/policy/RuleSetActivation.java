package com.merchantonboarding.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One activation of a rule-set version: which, from where, by whom, when, replacing which. Never changed. */
@Entity
@Immutable
@Table(name = "rule_set_activation")
class RuleSetActivation {

    /** Who activates the rule set found at start. */
    static final String SYSTEM = "system";

    @Id
    private UUID id;
    @Column(name = "version_id")
    private String versionId;
    private String label;
    @Column(name = "content_hash")
    private String contentHash;
    private String source;
    @Column(name = "activated_by")
    private String activatedBy;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "previous_version_id")
    private String previousVersionId;

    protected RuleSetActivation() {
    }

    RuleSetActivation(String versionId, String label, String contentHash, String source, String activatedBy,
                      Instant activatedAt, String previousVersionId) {
        this.id = UUID.randomUUID();
        this.versionId = versionId;
        this.label = label;
        this.contentHash = contentHash;
        this.source = source.length() > 1000 ? source.substring(source.length() - 1000) : source;
        this.activatedBy = activatedBy;
        this.activatedAt = activatedAt;
        this.previousVersionId = previousVersionId;
    }

    String getVersionId() {
        return versionId;
    }

    String getLabel() {
        return label;
    }

    String getContentHash() {
        return contentHash;
    }

    String getSource() {
        return source;
    }

    String getActivatedBy() {
        return activatedBy;
    }

    Instant getActivatedAt() {
        return activatedAt;
    }

    String getPreviousVersionId() {
        return previousVersionId;
    }
}
