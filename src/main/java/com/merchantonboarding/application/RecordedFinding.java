package com.merchantonboarding.application;

import com.merchantonboarding.screening.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A finding as stored with the revision it concerns: what screening, inspection, an officer or the
 * system found, with the rule and rule-set version that produced it.
 */
@Entity
@Immutable
@Table(name = "finding")
public class RecordedFinding {

    public enum Source { INSPECTION, SCREENING, OFFICER, SYSTEM }

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private int revision;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String code;
    private String requirement;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    @Column(name = "rule_id")
    private String ruleId;
    @Column(name = "rule_set_version")
    private String ruleSetVersion;
    private String detail;
    private String message;
    @Column(name = "document_id")
    private UUID documentId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected RecordedFinding() {
    }

    public RecordedFinding(UUID applicationId, int revision, Source source, String code, String requirement,
                           Severity severity, String ruleId, String ruleSetVersion, String detail, String message,
                           UUID documentId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.revision = revision;
        this.source = source;
        this.code = code;
        this.requirement = requirement;
        this.severity = severity;
        this.ruleId = ruleId;
        this.ruleSetVersion = ruleSetVersion;
        this.detail = detail;
        this.message = message;
        this.documentId = documentId;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public int getRevision() {
        return revision;
    }

    public Source getSource() {
        return source;
    }

    public String getCode() {
        return code;
    }

    public String getRequirement() {
        return requirement;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getDetail() {
        return detail;
    }

    public String getMessage() {
        return message;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
