package com.merchantonboarding.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hibernate.annotations.Immutable;

/** The files of one rule-set version, kept so that any decision made with it can be replayed. Never changed. */
@Entity
@Immutable
@Table(name = "rule_set_snapshot")
class RuleSetSnapshot {

    @Id
    @Column(name = "version_id")
    private String versionId;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "files_zip")
    private String filesZip;
    @Column(name = "stored_at")
    private Instant storedAt;

    protected RuleSetSnapshot() {
    }

    RuleSetSnapshot(String versionId, String contentHash, SortedMap<String, byte[]> files, Instant storedAt) {
        this.versionId = versionId;
        this.contentHash = contentHash;
        this.filesZip = Base64.getEncoder().encodeToString(zip(files));
        this.storedAt = storedAt;
    }

    /** The files as a ZIP archive, each under its path relative to the rules folder. */
    byte[] zip() {
        return Base64.getDecoder().decode(filesZip);
    }

    String getVersionId() {
        return versionId;
    }

    private static byte[] zip(SortedMap<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0); // the same files give the same archive
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
