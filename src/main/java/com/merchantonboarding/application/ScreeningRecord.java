package com.merchantonboarding.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One run of the rules over one revision: outcome, risk and the rule-set version used. */
@Entity
@Immutable
@Table(name = "screening")
public class ScreeningRecord {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private int revision;
    private String outcome;
    @Column(name = "risk_level")
    private String riskLevel;
    @Column(name = "risk_points")
    private int riskPoints;
    @Column(name = "rule_set_version")
    private String ruleSetVersion;
    @Column(name = "screened_at")
    private Instant screenedAt;

    protected ScreeningRecord() {
    }

    public ScreeningRecord(UUID applicationId, int revision, String outcome, String riskLevel, int riskPoints,
                           String ruleSetVersion, Instant screenedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.revision = revision;
        this.outcome = outcome;
        this.riskLevel = riskLevel;
        this.riskPoints = riskPoints;
        this.ruleSetVersion = ruleSetVersion;
        this.screenedAt = screenedAt;
    }

    public int getRevision() {
        return revision;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public int getRiskPoints() {
        return riskPoints;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }
}
