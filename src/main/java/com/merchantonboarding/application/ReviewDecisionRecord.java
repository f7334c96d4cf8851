package com.merchantonboarding.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An officer's decision on a revision and who made it, as the engine saw the completing user. */
@Entity
@Immutable
@Table(name = "review_decision")
class ReviewDecisionRecord {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private int revision;
    @Column(name = "task_definition_key")
    private String taskDefinitionKey;
    @Column(name = "task_id")
    private String taskId;
    private String decision;
    private String reviewer;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ReviewDecisionRecord() {
    }

    ReviewDecisionRecord(UUID applicationId, int revision, String taskDefinitionKey, String taskId, String decision,
                         String reviewer, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.revision = revision;
        this.taskDefinitionKey = taskDefinitionKey;
        this.taskId = taskId;
        this.decision = decision;
        this.reviewer = reviewer;
        this.decidedAt = decidedAt;
    }

    String getReviewer() {
        return reviewer;
    }

    String getDecision() {
        return decision;
    }
}
