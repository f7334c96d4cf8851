package com.merchantonboarding.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What was submitted as one revision: the data and the documents. Never changed once written. */
@Entity
@Immutable
@Table(name = "application_revision")
public class ApplicationRevision {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private int revision;
    @Convert(converter = ApplicationDataConverter.class)
    @Column(name = "data_json")
    private ApplicationData data;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_revision_document", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "document_id")
    private Set<UUID> documentIds = new HashSet<>();

    protected ApplicationRevision() {
    }

    ApplicationRevision(UUID applicationId, int revision, ApplicationData data, Set<UUID> documentIds, Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.revision = revision;
        this.data = data;
        this.documentIds = new HashSet<>(documentIds);
        this.submittedAt = at;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public int getRevision() {
        return revision;
    }

    public ApplicationData getData() {
        return data;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Set<UUID> getDocumentIds() {
        return Set.copyOf(documentIds);
    }
}
