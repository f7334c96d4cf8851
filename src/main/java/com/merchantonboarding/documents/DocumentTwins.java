package com.merchantonboarding.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicates of documents, for officers: another document with the same bytes (SHA-256), or with the same picture
 * re-encoded (a {@link DifferenceHash} at most {@link DifferenceHash#NEAR} bits away), uploaded under another document
 * type of the same application or to another application. A licence reused across applications is a known fraud
 * pattern; one photo uploaded as two different documents is a mistake or a trick.
 *
 * <p>The same bytes are found through the index on {@code document.sha256}. The same picture: a {@link DifferenceHash}
 * at most {@link DifferenceHash#NEAR} bits away, compared with every stored one (8 bytes a picture: at 100,000 pictures
 * a scan of under a megabyte per dossier), and confirmed by the {@link PictureGrid}s, since the licences of one
 * printed template share their 64-bit hash.
 */
@Component
public class DocumentTwins {

    /** At most this many twins per document (those in the same application first): enough to act on. */
    static final int MAX_PER_DOCUMENT = 50;

    public enum Match { SAME_BYTES, SAME_PICTURE }

    /** {@code distance}: differing bits of the perceptual hashes (0 for the same bytes). */
    public record Twin(UUID documentId, UUID otherDocumentId, UUID otherApplicationId, DocumentType otherType,
                       Match match, int distance) {
    }

    private record Row(UUID id, UUID applicationId, DocumentType type, String sha256, Long hash) {
    }

    private final JdbcClient jdbc;

    DocumentTwins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The twins of each of these documents (all of one application), by document id; documents without any left out. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Twin>> of(Collection<Document> documents) {
        if (documents.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Long> hashes = new HashMap<>();
        jdbc.sql("select document_id, perceptual_hash from document_inspection where document_id in (:ids)"
                        + " and perceptual_hash is not null")
                .param("ids", documents.stream().map(Document::getId).toList())
                .query((rs, n) -> hashes.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        List<Row> sameBytes = jdbc.sql("select id, application_id, type, sha256 from document where sha256 in (:sha)")
                .param("sha", documents.stream().map(Document::getSha256).distinct().toList())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        DocumentType.valueOf(rs.getString(3)), rs.getString(4), null))
                .list();
        List<Row> pictures = hashes.isEmpty() ? List.of() : jdbc.sql("select d.id, d.application_id, d.type,"
                        + " i.perceptual_hash from document_inspection i join document d on d.id = i.document_id"
                        + " where i.perceptual_hash is not null")
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        DocumentType.valueOf(rs.getString(3)), null, rs.getLong(4)))
                .list();
        Map<UUID, Map<UUID, Twin>> found = new LinkedHashMap<>();
        for (Document document : documents) {
            for (Row row : sameBytes) {
                if (row.sha256().equals(document.getSha256()) && isTwin(document, row)) {
                    found.computeIfAbsent(document.getId(), k -> new LinkedHashMap<>()).putIfAbsent(row.id(),
                            new Twin(document.getId(), row.id(), row.applicationId(), row.type(), Match.SAME_BYTES, 0));
                }
            }
        }
        // Near hashes, confirmed by the finer grid (one template's licences share a hash).
        List<Twin> near = new ArrayList<>();
        for (Document document : documents) {
            Long hash = hashes.get(document.getId());
            for (Row row : hash == null ? List.<Row>of() : pictures) {
                int distance = DifferenceHash.distance(hash, row.hash());
                if (distance <= DifferenceHash.NEAR && isTwin(document, row)
                        && !found.getOrDefault(document.getId(), Map.of()).containsKey(row.id())) {
                    near.add(new Twin(document.getId(), row.id(), row.applicationId(), row.type(), Match.SAME_PICTURE,
                            distance));
                }
            }
        }
        Map<UUID, byte[]> grids = grids(near.stream().flatMap(t -> java.util.stream.Stream.of(t.documentId(),
                t.otherDocumentId())).distinct().toList());
        for (Twin twin : near) {
            if (PictureGrid.same(grids.get(twin.documentId()), grids.get(twin.otherDocumentId()))) {
                found.computeIfAbsent(twin.documentId(), k -> new LinkedHashMap<>()).putIfAbsent(
                        twin.otherDocumentId(), twin);
            }
        }
        Map<UUID, List<Twin>> twins = new LinkedHashMap<>();
        found.forEach((id, byOther) -> {
            UUID applicationId = documents.stream().filter(d -> d.getId().equals(id)).findFirst().orElseThrow()
                    .getApplicationId();
            twins.put(id, byOther.values().stream()
                    .sorted(java.util.Comparator.comparing((Twin t) -> !t.otherApplicationId().equals(applicationId)))
                    .limit(MAX_PER_DOCUMENT).toList());
        });
        return twins;
    }

    private Map<UUID, byte[]> grids(List<UUID> documentIds) {
        Map<UUID, byte[]> grids = new HashMap<>();
        if (!documentIds.isEmpty()) {
            jdbc.sql("select document_id, picture_grid from document_inspection where document_id in (:ids)"
                            + " and picture_grid is not null")
                    .param("ids", documentIds)
                    .query((rs, n) -> grids.put(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
        }
        return grids;
    }

    /**
     * Another document of another application, or of this application under another type. The same type in the same
     * application is the merchant's own upload again (a revision keeps or replaces it): not a duplicate.
     */
    private static boolean isTwin(Document document, Row other) {
        if (other.id().equals(document.getId())) {
            return false;
        }
        return !other.applicationId().equals(document.getApplicationId()) || other.type() != document.getType();
    }
}
