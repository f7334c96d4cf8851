package com.merchantonboarding.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded file. The bytes never change; removing it from a draft only hides it from the working
 * copy, so that earlier revisions keep their documents.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    private DocumentType type;
    private String filename;
    @Column(name = "size_bytes")
    private long size;
    @Column(name = "detected_media_type")
    private String detectedMediaType;
    private String sha256;
    @Column(name = "storage_name")
    private String storageName;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Column(name = "removed_at")
    private Instant removedAt;

    protected Document() {
    }

    Document(UUID id, UUID applicationId, DocumentType type, String filename, long size, String detectedMediaType,
             String sha256, String storageName, Instant uploadedAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.type = type;
        this.filename = filename;
        this.size = size;
        this.detectedMediaType = detectedMediaType;
        this.sha256 = sha256;
        this.storageName = storageName;
        this.uploadedAt = uploadedAt;
    }

    void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public DocumentType getType() {
        return type;
    }

    public String getFilename() {
        return filename;
    }

    public long getSize() {
        return size;
    }

    public String getDetectedMediaType() {
        return detectedMediaType;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageName() {
        return storageName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
