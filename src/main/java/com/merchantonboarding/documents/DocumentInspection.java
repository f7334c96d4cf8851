package com.merchantonboarding.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * What inspection found in one document: every measurement, the text read, the values taken from it and each
 * observation. Officers see all of it; merchants only the merchant-visible observations. Documents never
 * change, so neither does this.
 */
@Entity
@Immutable
@Table(name = "document_inspection")
public class DocumentInspection {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FAILING = Set.of(InspectionReport.UNREADABLE, InspectionReport.TYPE_NOT_ACCEPTED);

    public enum Status { PASSED, FAILED }

    /** A finding of inspection, with a detail for officers. */
    public record Observation(String code, String detail) {
    }

    @Id
    @Column(name = "document_id")
    private UUID documentId;
    private String status;
    @Column(name = "inspected_at")
    private Instant inspectedAt;
    @Column(name = "media_type")
    private String mediaType;
    private Integer width;
    private Integer height;
    @Column(name = "page_count")
    private Integer pageCount;
    @Column(name = "editing_software")
    private String editingSoftware;
    @Column(name = "details_json")
    private String observationsJson;
    private Double sharpness;
    private String software;
    @Column(name = "metadata_created")
    private String metadataCreated;
    @Column(name = "text_content")
    private String text;
    @Column(name = "text_source")
    private String textSource;
    @Column(name = "licence_registration_number")
    private String licenceRegistrationNumber;
    @Column(name = "licence_number_as_read")
    private String licenceNumberAsRead;
    @Column(name = "licence_legal_name")
    private String licenceLegalName;

    @Column(name = "licence_name_confidence")
    private Integer licenceNameConfidence;

    /** Storage names of the code's and the name's regions (PNG), or null. */
    @Column(name = "licence_code_image")
    private String licenceCodeImage;

    @Column(name = "licence_name_image")
    private String licenceNameImage;

    @Transient
    private byte[] codeImageBytes;

    @Transient
    private byte[] nameImageBytes;
    @Column(name = "duration_ms")
    private Integer durationMillis;
    @Column(name = "perceptual_hash")
    private Long perceptualHash;
    @Column(name = "picture_grid")
    private byte[] pictureGrid;

    protected DocumentInspection() {
    }

    DocumentInspection(UUID documentId, InspectionReport report, Instant at, long durationMillis) {
        this.documentId = documentId;
        this.mediaType = report.mediaType;
        this.inspectedAt = at;
        this.durationMillis = (int) Math.min(Integer.MAX_VALUE, durationMillis);
        DocumentMetadata metadata = report.metadata;
        if (metadata != null) {
            this.width = metadata.width();
            this.height = metadata.height();
            this.pageCount = metadata.pages();
            this.software = metadata.software();
            this.editingSoftware = metadata.editingSoftware();
            this.metadataCreated = metadata.created();
        }
        this.sharpness = report.sharpness;
        this.perceptualHash = report.perceptualHash;
        this.pictureGrid = report.pictureGrid;
        this.text = report.text;
        this.textSource = report.textSource;
        if (report.licence != null) {
            this.licenceRegistrationNumber = report.licence.registrationNumber();
            this.licenceNumberAsRead = report.licence.numberAsRead();
            this.licenceLegalName = report.licence.legalName();
            this.licenceNameConfidence = report.licence.legalName() == null ? null : report.licence.nameConfidence();
            this.codeImageBytes = report.codeImage;
            this.nameImageBytes = report.nameImage;
        }
        boolean failed = report.observations.stream().anyMatch(o -> FAILING.contains(o.code()));
        this.status = (failed ? Status.FAILED : Status.PASSED).name();
        try {
            this.observationsJson = JSON.writeValueAsString(report.observations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public Status getStatus() {
        return Status.valueOf(status);
    }

    public Instant getInspectedAt() {
        return inspectedAt;
    }

    /** The media type detected from the bytes. */
    public String getMediaType() {
        return mediaType;
    }

    /** Image width in pixels (from the metadata), null for a PDF. */
    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    /** Pages of a PDF, null for an image. */
    public Integer getPageCount() {
        return pageCount;
    }

    /** The image editor named in the metadata (the reason for {@code DOCUMENT_EDITED}), or null. */
    public String getEditingSoftware() {
        return editingSoftware;
    }

    /** The program that wrote the file, as its metadata names it (a camera, a scanner app, an editor), or null. */
    public String getSoftware() {
        return software;
    }

    /** The creation date in the metadata (EXIF, XMP or PDF), as written there, or null. */
    public String getMetadataCreated() {
        return metadataCreated;
    }

    /** The sharpness index of docs/inspection.md (higher is sharper), or null when not measured. */
    public Double getSharpness() {
        return sharpness;
    }

    /** The text read from the document (OCR of a business licence, or a PDF's text layer), or null. */
    public String getText() {
        return text;
    }

    /** Where {@link #getText()} comes from: {@code OCR} or {@code PDF}, or null. */
    public String getTextSource() {
        return textSource;
    }

    /** The Unified Social Credit Code read on a business licence, only when it passes its check, or null. */
    public String getLicenceRegistrationNumber() {
        return licenceRegistrationNumber;
    }

    /** The code's 18 characters as OCR gave them, before any correction, or null. */
    public String getLicenceNumberAsRead() {
        return licenceNumberAsRead;
    }

    /** The company name read on a business licence, or null. */
    public String getLicenceLegalName() {
        return licenceLegalName;
    }

    /** Stores the regions cut out of the licence with {@code store} (before this inspection is saved). */
    void storeRegions(java.util.function.Function<byte[], String> store) {
        licenceCodeImage = codeImageBytes == null ? null : store.apply(codeImageBytes);
        licenceNameImage = nameImageBytes == null ? null : store.apply(nameImageBytes);
    }

    /** The code's region as OCR saw it, before it is stored (tests, evaluation). */
    byte[] codeImageBytes() {
        return codeImageBytes;
    }

    byte[] nameImageBytes() {
        return nameImageBytes;
    }

    public String getLicenceCodeImage() {
        return licenceCodeImage;
    }

    public String getLicenceNameImage() {
        return licenceNameImage;
    }

    /** Tesseract's mean confidence (0–100) in the name read; null without a name, or for inspections before V7. */
    public Integer getLicenceNameConfidence() {
        return licenceNameConfidence;
    }

    /** How long inspecting the document took, in milliseconds. */
    /** The {@link DifferenceHash} of the picture; null when none was decoded. */
    public Long getPerceptualHash() {
        return perceptualHash;
    }

    public Integer getDurationMillis() {
        return durationMillis;
    }

    public List<Observation> getObservations() {
        try {
            return observationsJson == null ? List.of() : JSON.readValue(observationsJson, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean has(String code) {
        return getObservations().stream().anyMatch(o -> o.code().equals(code));
    }

    public String detailOf(String code) {
        return getObservations().stream().filter(o -> o.code().equals(code)).map(Observation::detail)
                .findFirst().orElse(null);
    }
}
