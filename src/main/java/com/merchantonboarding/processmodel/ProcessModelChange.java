package com.merchantonboarding.processmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One deployed version of the process model, like a rule-set activation: who, when, what, and what moved. */
@Entity
@Table(name = "process_model_change")
class ProcessModelChange {

    @Id
    private UUID id;
    @Column(name = "deployed_at")
    private Instant deployedAt;
    @Column(name = "deployed_by")
    private String deployedBy;
    @Column(name = "version_tag")
    private String versionTag;
    @Column(name = "process_definition_id")
    private String processDefinitionId;
    @Column(name = "content_hash")
    private String contentHash;
    private String added;
    private String removed;
    private String changed;
    @Column(name = "running_before")
    private int runningBefore;
    private int migrated;
    @Column(name = "left_behind")
    private int leftBehind;
    @Column(name = "batch_ids")
    private String batchIds;

    protected ProcessModelChange() {
    }

    ProcessModelChange(Instant deployedAt, String deployedBy, String versionTag, String processDefinitionId,
                       String contentHash, ModelDiff diff, int runningBefore) {
        this.id = UUID.randomUUID();
        this.deployedAt = deployedAt;
        this.deployedBy = deployedBy;
        this.versionTag = versionTag;
        this.processDefinitionId = processDefinitionId;
        this.contentHash = contentHash;
        this.added = cut(String.join(", ", diff.added()));
        this.removed = cut(String.join(", ", diff.removed()));
        this.changed = cut(String.join(", ", diff.changed()));
        this.runningBefore = runningBefore;
    }

    void migrated(int moved, int left, String batches) {
        this.migrated = moved;
        this.leftBehind = left;
        this.batchIds = cut(batches);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    Instant getDeployedAt() {
        return deployedAt;
    }

    String getDeployedBy() {
        return deployedBy;
    }

    String getVersionTag() {
        return versionTag;
    }

    String getProcessDefinitionId() {
        return processDefinitionId;
    }

    String getContentHash() {
        return contentHash;
    }

    String getAdded() {
        return added;
    }

    String getRemoved() {
        return removed;
    }

    String getChanged() {
        return changed;
    }

    int getRunningBefore() {
        return runningBefore;
    }

    int getMigrated() {
        return migrated;
    }

    int getLeftBehind() {
        return leftBehind;
    }

    String getBatchIds() {
        return batchIds;
    }
}
