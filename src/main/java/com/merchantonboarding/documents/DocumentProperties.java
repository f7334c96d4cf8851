package com.merchantonboarding.documents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where documents are stored, the file limits of spec/policy-defaults.md and how inspection runs
 * (docs/inspection.md explains each and how the sharpness threshold was calibrated).
 *
 * @param store               where the bytes are kept: {@code file} (a directory, for one machine) or {@code database}
 *                            (the table {@code document_content}, for several nodes; docs/operations-storage.md)
 * @param storageDirectory    the file store's directory, outside any web root
 * @param maxFileSize         the largest accepted file
 * @param maxDocuments        the most documents an application may have
 * @param acceptedMediaTypes  media types accepted, judged by the bytes
 * @param minShortSidePixels  shorter image side below which a document is unreadable
 * @param maxPixelsPerSide    image side (from the header) above which an upload is refused as a decompression bomb
 * @param maxPdfPages         the most pages a PDF may have
 * @param maxJpegScans        the most scans a JPEG may have (each scan is a pass over the whole image)
 * @param minSharpness        sharpness index below which an image is too blurred to read
 * @param editingSoftware     names that mark an image as edited when found in its metadata
 * @param parseTimeout        how long reading one file (metadata, decoding, rendering) may take
 * @param ocrLanguage         Tesseract languages for the business licence
 * @param ocrPageSegMode      Tesseract page segmentation mode
 * @param ocrTimeout          how long one Tesseract run may take before inspection fails and is retried
 * @param ocrMaxConcurrent    Tesseract runs at once (each uses one core with OMP_THREAD_LIMIT=1)
 * @param maxTextCharacters   the most text kept from a document (OCR or PDF text) for officers
 * @param imageMemoryBudget   heap that decoding, sharpness and OCR preparation may take at once, all documents
 *                            together (each takes a share computed from its pixel count before decoding)
 * @param imageWorkWait       how long a document waits for its share before inspection is busy and the job is
 *                            run again later (well inside the job lock time)
 */
@ConfigurationProperties(prefix = "onboarding.documents")
public record DocumentProperties(
        @DefaultValue("file") Store store,
        @DefaultValue("data/documents") Path storageDirectory,
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("20") int maxDocuments,
        @DefaultValue({"image/jpeg", "image/png", "application/pdf"}) List<String> acceptedMediaTypes,
        @DefaultValue("600") int minShortSidePixels,
        @DefaultValue("8000") int maxPixelsPerSide,
        @DefaultValue("5") int maxPdfPages,
        @DefaultValue("100") int maxJpegScans,
        @DefaultValue("22") double minSharpness,
        @DefaultValue({"Photoshop", "GIMP", "Paint.NET", "Pixelmator", "Affinity Photo", "Lightroom", "Snapseed",
                "PicsArt", "Canva", "Meitu"}) List<String> editingSoftware,
        @DefaultValue("20s") Duration parseTimeout,
        @DefaultValue("chi_sim+eng") String ocrLanguage,
        @DefaultValue("11") String ocrPageSegMode,
        @DefaultValue("60s") Duration ocrTimeout,
        @DefaultValue("2") int ocrMaxConcurrent,
        @DefaultValue("20000") int maxTextCharacters,
        @DefaultValue("96MB") DataSize imageMemoryBudget,
        @DefaultValue("60s") Duration imageWorkWait) {

    /** The document stores ({@link DocumentStorageConfiguration}). */
    public enum Store {
        FILE, DATABASE
    }
}
