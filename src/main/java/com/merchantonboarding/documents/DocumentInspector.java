package com.merchantonboarding.documents;

import com.merchantonboarding.common.Clocks;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.exception.WriteLimitReachedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Inspects one document with Tika: the real type, image size or page count, and the program that
 * last wrote it. Quality findings are observations; screening rules decide what they mean.
 */
@Component
class DocumentInspector {

    private static final Logger log = LoggerFactory.getLogger(DocumentInspector.class);

    private final AutoDetectParser parser;
    private final MediaTypes mediaTypes;
    private final DocumentProperties properties;

    DocumentInspector(AutoDetectParser parser, MediaTypes mediaTypes, DocumentProperties properties) {
        this.parser = parser;
        this.mediaTypes = mediaTypes;
        this.properties = properties;
    }

    DocumentInspection inspect(Document document, byte[] bytes) {
        List<DocumentInspection.Observation> observations = new ArrayList<>();
        String mediaType = mediaTypes.detect(bytes);
        if (!properties.acceptedMediaTypes().contains(mediaType)) {
            observations.add(new DocumentInspection.Observation("DOCUMENT_TYPE_NOT_ACCEPTED",
                    "The content is " + MediaTypes.describe(mediaType)));
            return new DocumentInspection(document.getId(), mediaType, null, null, null, null, observations, Clocks.now());
        }
        Metadata metadata = parseMetadata(bytes, observations);
        Integer width = intValue(metadata, "tiff:ImageWidth");
        Integer height = intValue(metadata, "tiff:ImageLength");
        Integer pages = intValue(metadata, "xmpTPg:NPages");
        String software = editingSoftware(metadata);

        if (width != null && height != null) {
            int shortSide = Math.min(width, height);
            if (Math.max(width, height) > properties.maxPixelsPerSide()) {
                observations.add(new DocumentInspection.Observation("DOCUMENT_UNREADABLE",
                        "The image is " + width + " × " + height + " pixels; at most "
                                + properties.maxPixelsPerSide() + " a side is accepted"));
            } else if (shortSide < properties.minShortSidePixels()) {
                observations.add(new DocumentInspection.Observation("DOCUMENT_UNREADABLE",
                        "The image is " + width + " × " + height + " pixels; the shorter side must be at least "
                                + properties.minShortSidePixels()));
            }
        } else if (mediaType.startsWith("image/")) {
            observations.add(new DocumentInspection.Observation("DOCUMENT_UNREADABLE",
                    "The image size could not be read"));
        }
        if (pages != null && pages > properties.maxPdfPages()) {
            observations.add(new DocumentInspection.Observation("DOCUMENT_UNREADABLE",
                    "The PDF has " + pages + " pages; at most " + properties.maxPdfPages() + " are accepted"));
        }
        if (software != null) {
            observations.add(new DocumentInspection.Observation("DOCUMENT_EDITED",
                    "The file was saved by " + software));
        }
        return new DocumentInspection(document.getId(), mediaType, width, height, pages, software, observations,
                Clocks.now());
    }

    private Metadata parseMetadata(byte[] bytes, List<DocumentInspection.Observation> observations) {
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            parser.parse(in, new BodyContentHandler(10_000), metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                log.info("Document could not be parsed: {}", e.getClass().getSimpleName());
                observations.add(new DocumentInspection.Observation("DOCUMENT_UNREADABLE",
                        "The file could not be read: it is damaged or not a valid image or PDF"));
            }
        }
        return metadata;
    }

    private String editingSoftware(Metadata metadata) {
        return Stream.of("tiff:Software", "xmp:CreatorTool", "Software", "exif:Software", "pdf:docinfo:creator_tool")
                .map(metadata::get)
                .filter(v -> v != null && !v.isBlank())
                .filter(v -> properties.editingSoftware().stream()
                        .anyMatch(name -> v.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))))
                .findFirst()
                .map(String::trim)
                .map(v -> v.length() > 200 ? v.substring(0, 200) : v)
                .orElse(null);
    }

    private static Integer intValue(Metadata metadata, String name) {
        String value = metadata.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
