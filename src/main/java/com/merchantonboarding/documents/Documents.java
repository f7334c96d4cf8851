package com.merchantonboarding.documents;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The documents of applications: upload checks, storage, inspection and what screening sees. */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocumentRepository documents;
    private final DocumentInspectionRepository inspections;
    private final DocumentStorage storage;
    private final UploadChecks uploadChecks;
    private final DocumentInspector inspector;
    private final DocumentProperties properties;

    Documents(DocumentRepository documents, DocumentInspectionRepository inspections, DocumentStorage storage,
              UploadChecks uploadChecks, DocumentInspector inspector, DocumentProperties properties) {
        this.documents = documents;
        this.inspections = inspections;
        this.storage = storage;
        this.uploadChecks = uploadChecks;
        this.inspector = inspector;
        this.properties = properties;
    }

    /** Checks and stores an upload; on any error nothing is stored. */
    @Transactional
    public Document upload(UUID applicationId, DocumentType type, String originalName, byte[] bytes) {
        String mediaType = uploadChecks.check(bytes);
        if (documents.countByApplicationIdAndRemovedAtIsNull(applicationId) >= properties.maxDocuments()) {
            throw new ApiException(HttpStatus.CONFLICT, "too-many-documents", "Too many documents",
                    "An application can have at most " + properties.maxDocuments()
                            + " documents. Delete one before uploading another.");
        }
        String storageName = storage.store(bytes);
        Document document = documents.save(new Document(UUID.randomUUID(), applicationId, type,
                safeFilename(originalName), bytes.length, mediaType, sha256(bytes), storageName, Clocks.now()));
        log.info("Stored document {} ({}, {}, {} bytes) for application {}", document.getId(), type, mediaType,
                bytes.length, applicationId);
        return document;
    }

    /** A file checked and stored like an upload but kept by another feature (a payment problem's evidence). */
    public record StoredFile(String filename, long size, String mediaType, String sha256, String storageName) {
    }

    /**
     * Checks bytes as an upload is checked ({@link UploadChecks}: size, type from the bytes, pixel count, hidden
     * content) and stores them in the document store, in the caller's transaction. The caller keeps the row.
     */
    @Transactional
    public StoredFile storeChecked(String originalName, byte[] bytes) {
        String mediaType = uploadChecks.check(bytes);
        String storageName = storage.store(bytes);
        return new StoredFile(safeFilename(originalName), bytes.length, mediaType, sha256(bytes), storageName);
    }

    /** The bytes of a file stored by {@link #storeChecked}. */
    public byte[] read(String storageName) {
        return storage.read(storageName);
    }

    @Transactional(readOnly = true)
    public List<Document> current(UUID applicationId) {
        return documents.findByApplicationIdAndRemovedAtIsNullOrderByUploadedAtAsc(applicationId);
    }

    @Transactional(readOnly = true)
    public List<Document> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : documents.findByIdInOrderByUploadedAtAsc(ids);
    }

    @Transactional(readOnly = true)
    public Document get(UUID applicationId, UUID documentId) {
        return documents.findByIdAndApplicationId(documentId, applicationId)
                .orElseThrow(() -> ApiException.notFound("The document"));
    }

    @Transactional
    public void remove(UUID applicationId, UUID documentId) {
        Document document = get(applicationId, documentId);
        if (document.isRemoved()) {
            throw ApiException.notFound("The document");
        }
        document.remove(Clocks.now());
    }

    /** Retention: every document of the application, removed ones too, with its inspection and its bytes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int erase(UUID applicationId) {
        List<Document> all = documents.findByApplicationId(applicationId);
        List<DocumentInspection> inspected = inspections.findByDocumentIdIn(all.stream().map(Document::getId).toList());
        inspections.deleteAll(inspected);
        documents.deleteAll(all);
        documents.flush();
        inspected.forEach(i -> Stream.of(i.getLicenceCodeImage(), i.getLicenceNameImage()).filter(Objects::nonNull)
                .forEach(storage::delete));
        all.forEach(d -> storage.delete(d.getStorageName()));
        return all.size();
    }

    public byte[] content(Document document) {
        return storage.read(document.getStorageName());
    }

    /**
     * A region cut out of an inspected licence for officers ({@code code} or {@code name}, PNG), or null when
     * inspection found none.
     */
    @Transactional(readOnly = true)
    public byte[] licenceRegion(UUID documentId, String region) {
        DocumentInspection inspection = inspections.findByDocumentIdIn(List.of(documentId)).stream().findFirst()
                .orElse(null);
        if (inspection == null) {
            return null;
        }
        String name = switch (region) {
            case "code" -> inspection.getLicenceCodeImage();
            case "name" -> inspection.getLicenceNameImage();
            default -> null;
        };
        return name == null ? null : storage.read(name);
    }

    @Transactional(readOnly = true)
    public Map<UUID, DocumentInspection> inspections(Collection<UUID> documentIds) {
        return inspections.findByDocumentIdIn(documentIds).stream()
                .collect(Collectors.toMap(DocumentInspection::getDocumentId, Function.identity()));
    }

    /** Inspects every document not inspected yet (each document is inspected once: it never changes). */
    @Transactional
    public void inspect(Collection<UUID> documentIds) {
        Map<UUID, DocumentInspection> done = inspections(documentIds);
        for (Document document : byIds(documentIds)) {
            if (!done.containsKey(document.getId())) {
                DocumentInspection inspection = inspector.inspect(document, content(document));
                inspection.storeRegions(storage::store);
                inspections.save(inspection);
            }
        }
    }

    /**
     * What screening rules see of these documents, in upload order. The values read on a business licence are given
     * only when the licence itself is readable. Throws when one of them has not been inspected.
     */
    @Transactional(readOnly = true)
    public List<DocumentEvidence> evidence(Collection<UUID> documentIds) {
        return evidenceByDocument(documentIds).of(documentIds);
    }

    /**
     * What screening rules see of many documents (of many revisions) at once: two queries however many there are, for
     * simulations that read thousands of submissions. Documents not inspected yet are left out; {@link Evidence#of}
     * says so when asked for one of them.
     */
    @Transactional(readOnly = true)
    public Evidence evidenceByDocument(Collection<UUID> documentIds) {
        Map<UUID, DocumentEvidence> byDocument = new LinkedHashMap<>();
        if (!documentIds.isEmpty()) {
            Map<UUID, DocumentInspection> done = inspections(documentIds);
            for (Document document : byIds(documentIds)) {
                DocumentInspection inspection = done.get(document.getId());
                if (inspection != null) {
                    byDocument.put(document.getId(), evidence(document, inspection));
                }
            }
        }
        return new Evidence(byDocument);
    }

    /** What screening sees of one inspected document (also used by the reading evaluation). */
    static DocumentEvidence evidence(Document document, DocumentInspection inspection) {
        boolean unreadable = inspection.has(InspectionReport.UNREADABLE);
        boolean licence = document.getType() == DocumentType.BUSINESS_LICENSE && !unreadable;
        return new DocumentEvidence(document.getType(), inspection.getMediaType(),
                !inspection.has(InspectionReport.TYPE_NOT_ACCEPTED), unreadable, unreadableDetail(inspection),
                inspection.getEditingSoftware(),
                licence ? inspection.getLicenceRegistrationNumber() : null,
                licence ? inspection.getLicenceLegalName() : null,
                licence ? inspection.getLicenceNameConfidence() : null);
    }

    /** What screening sees of a set of inspected documents, read at once ({@link #evidenceByDocument}). */
    public static final class Evidence {

        private final Map<UUID, DocumentEvidence> byDocument;
        private final Map<UUID, Integer> uploadRank = new HashMap<>();

        private Evidence(Map<UUID, DocumentEvidence> byDocument) {
            this.byDocument = byDocument;
            byDocument.keySet().forEach(id -> uploadRank.put(id, uploadRank.size()));
        }

        /** The evidence of these documents (some of those read), in upload order; throws when one is not inspected. */
        public List<DocumentEvidence> of(Collection<UUID> documentIds) {
            List<UUID> ids = new ArrayList<>(documentIds.size());
            for (UUID id : documentIds) {
                if (!byDocument.containsKey(id)) {
                    throw new IllegalStateException("Document " + id + " has not been inspected");
                }
                ids.add(id);
            }
            ids.sort(Comparator.comparing(uploadRank::get));
            return ids.stream().map(byDocument::get).toList();
        }

        /** How many documents were read with their inspection. */
        public int size() {
            return byDocument.size();
        }
    }

    private static String unreadableDetail(DocumentInspection inspection) {
        String detail = inspection.getObservations().stream()
                .filter(o -> o.code().equals(InspectionReport.UNREADABLE))
                .map(DocumentInspection.Observation::detail)
                .collect(Collectors.joining("; "));
        return detail.isEmpty() ? null : detail;
    }

    static String safeFilename(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "_").strip();
        if (base.isEmpty()) {
            return "upload";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
