package com.merchantonboarding.paymentissue;

import com.merchantonboarding.documents.Documents;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file the merchant sent as evidence (a screenshot of the customer's wallet, a PDF statement). */
@Entity
@Table(name = "payment_issue_evidence")
public class PaymentIssueEvidence {

    @Id
    private UUID id;
    @Column(name = "payment_issue_id")
    private UUID paymentIssueId;
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

    protected PaymentIssueEvidence() {
    }

    PaymentIssueEvidence(UUID paymentIssueId, Documents.StoredFile file, Instant now) {
        this.id = UUID.randomUUID();
        this.paymentIssueId = paymentIssueId;
        this.filename = file.filename();
        this.size = file.size();
        this.detectedMediaType = file.mediaType();
        this.sha256 = file.sha256();
        this.storageName = file.storageName();
        this.uploadedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPaymentIssueId() {
        return paymentIssueId;
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
