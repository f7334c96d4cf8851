package com.merchantonboarding.documents;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.ContentHandler;

/**
 * Reads a file's metadata with Tika's {@link AutoDetectParser} (built once), without OCR, within a time limit,
 * with a bounded text, PDFBox held to a memory budget, and no embedded document ever parsed (an attachment or a
 * ZIP inside a PDF is not opened: no zip bomb, no nesting).
 */
@Component
class MetadataReader {

    private static final long PDF_MAIN_MEMORY = 64L * 1024 * 1024;
    private static final Pattern TEXT_ENTRY = Pattern.compile("keyword=([^,]*), value=([^,]*)");

    private final AutoDetectParser parser;
    private final TimeLimit timeLimit;
    private final DocumentProperties properties;

    MetadataReader(AutoDetectParser parser, TimeLimit timeLimit, DocumentProperties properties) {
        this.parser = parser;
        this.timeLimit = timeLimit;
        this.properties = properties;
    }

    DocumentMetadata read(byte[] bytes, String mediaType) throws MalformedFileException {
        Metadata metadata = new Metadata();
        BodyContentHandler text = new BodyContentHandler(properties.maxTextCharacters());
        timeLimit.run("Reading the file's metadata", properties.parseTimeout(), () -> {
            // A JPEG's metadata is in its header: the image data is not handed over (docs/inspection.md).
            byte[] parsed = mediaType.equals("image/jpeg") ? JpegStructure.header(bytes) : bytes;
            try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(parsed))) {
                parser.parse(in, text, metadata, context());
            } catch (Exception e) {
                if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw e;
                }
            }
            return null;
        });
        return new DocumentMetadata(intValue(metadata, "tiff:ImageWidth"), intValue(metadata, "tiff:ImageLength"),
                intValue(metadata, "xmpTPg:NPages"), software(metadata), editingSoftware(metadata),
                first(metadata, "exif:DateTimeOriginal", "dcterms:created", "xmp:CreateDate", "pdf:docinfo:created"),
                mediaType.equals("application/pdf") ? text.toString().strip() : null);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setMaxMainMemoryBytes(PDF_MAIN_MEMORY);
        context.set(PDFParserConfig.class, pdf);
        context.set(EmbeddedDocumentExtractor.class, NOT_PARSED);
        return context;
    }

    /** Embedded documents (attachments, archive entries, images in a PDF) are neither parsed nor read. */
    private static final EmbeddedDocumentExtractor NOT_PARSED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) {
        }
    };

    private static String software(Metadata metadata) {
        String direct = first(metadata, "tiff:Software", "exif:Software", "xmp:CreatorTool",
                "pdf:docinfo:creator_tool", "pdf:docinfo:producer", "pdf:producer");
        return direct != null ? direct : textEntries(metadata)
                .filter(entry -> entry[0].equalsIgnoreCase("Software"))
                .map(entry -> entry[1]).findFirst().map(MetadataReader::shorten).orElse(null);
    }

    /** Any metadata value (EXIF, XMP history, PNG text chunks, PDF producer…) naming a known image editor. */
    private String editingSoftware(Metadata metadata) {
        return Stream.of(metadata.names())
                .flatMap(name -> Stream.of(metadata.getValues(name)))
                .flatMap(MetadataReader::valuesOf)
                .filter(this::namesAnEditor)
                .findFirst().map(MetadataReader::shorten).orElse(null);
    }

    private boolean namesAnEditor(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return properties.editingSoftware().stream().anyMatch(name -> lower.contains(name.toLowerCase(Locale.ROOT)));
    }

    /** A PNG text entry ("keyword=Software, value=GIMP 2.10, …") gives its value first, then the whole entry. */
    private static Stream<String> valuesOf(String raw) {
        Matcher entry = TEXT_ENTRY.matcher(raw);
        return entry.find() ? Stream.of(entry.group(2), raw) : Stream.of(raw);
    }

    private static Stream<String[]> textEntries(Metadata metadata) {
        return Stream.of(metadata.names())
                .flatMap(name -> Stream.of(metadata.getValues(name)))
                .map(TEXT_ENTRY::matcher)
                .filter(Matcher::find)
                .map(m -> new String[] {m.group(1).strip(), m.group(2).strip()});
    }

    private static String first(Metadata metadata, String... names) {
        return Stream.of(names).map(metadata::get).filter(Objects::nonNull).map(String::strip)
                .filter(v -> !v.isEmpty()).findFirst().map(MetadataReader::shorten).orElse(null);
    }

    private static String shorten(String value) {
        String trimmed = value.strip();
        return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
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
