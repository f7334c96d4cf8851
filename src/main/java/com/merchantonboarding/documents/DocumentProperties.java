package com.merchantonboarding.documents;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where documents are stored and the file limits of spec/policy-defaults.md.
 *
 * @param storageDirectory    a directory outside any web root
 * @param maxFileSize         the largest accepted file
 * @param maxDocuments        the most documents an application may have
 * @param acceptedMediaTypes  media types accepted, judged by the bytes
 * @param minShortSidePixels  shorter image side below which a document is unreadable
 * @param maxPixelsPerSide    longer side above which an image is refused as a decompression bomb
 * @param maxPdfPages         the most pages a PDF may have
 * @param editingSoftware     names that mark an image as edited when found in its metadata
 */
@ConfigurationProperties(prefix = "onboarding.documents")
public record DocumentProperties(
        @DefaultValue("data/documents") Path storageDirectory,
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("20") int maxDocuments,
        @DefaultValue({"image/jpeg", "image/png", "application/pdf"}) List<String> acceptedMediaTypes,
        @DefaultValue("600") int minShortSidePixels,
        @DefaultValue("8000") int maxPixelsPerSide,
        @DefaultValue("5") int maxPdfPages,
        @DefaultValue({"Photoshop", "GIMP", "Paint.NET", "Pixelmator", "Affinity Photo", "Lightroom", "Snapseed",
                "PicsArt", "Canva", "Meitu"}) List<String> editingSoftware) {
}
