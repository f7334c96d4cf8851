package com.merchantonboarding.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What inspection found in one document. Documents never change, so neither does this. */
@Entity
@Immutable
@Table(name = "document_inspection")
public class DocumentInspection {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    protected DocumentInspection() {
    }

    DocumentInspection(UUID documentId, String mediaType, Integer width, Integer height, Integer pageCount,
                       String editingSoftware, List<Observation> observations, Instant at) {
        this.documentId = documentId;
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
        this.pageCount = pageCount;
        this.editingSoftware = editingSoftware;
        this.inspectedAt = at;
        boolean failed = observations.stream().anyMatch(o -> !"DOCUMENT_EDITED".equals(o.code()));
        this.status = (failed ? Status.FAILED : Status.PASSED).name();
        try {
            this.observationsJson = JSON.writeValueAsString(observations);
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

    public String getMediaType() {
        return mediaType;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public String getEditingSoftware() {
        return editingSoftware;
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
