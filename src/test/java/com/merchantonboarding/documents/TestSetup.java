package com.merchantonboarding.documents;

import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Inspection's parts built as Spring builds them, once per test JVM (Tika takes about a second to load). */
final class TestSetup {

    private static final TikaConfiguration CONFIGURATION = new TikaConfiguration();
    private static TikaConfig tika;

    private TestSetup() {
    }

    static synchronized TikaConfig tika() {
        if (tika == null) {
            tika = CONFIGURATION.tikaConfig();
        }
        return tika;
    }

    static DocumentProperties properties() {
        return properties(Map.of());
    }

    /** The defaults of {@link DocumentProperties}, with these settings (names relative to onboarding.documents). */
    static DocumentProperties properties(Map<String, String> settings) {
        Map<String, String> prefixed = new java.util.HashMap<>();
        settings.forEach((k, v) -> prefixed.put("onboarding.documents." + k, v));
        return new Binder(new MapConfigurationPropertySource(prefixed))
                .bindOrCreate("onboarding.documents", DocumentProperties.class);
    }

    static MediaTypes mediaTypes() {
        return new MediaTypes(CONFIGURATION.tikaDetector(tika()));
    }

    static UploadChecks uploadChecks() {
        return new UploadChecks(mediaTypes(), timeLimit(), properties());
    }

    private static DocumentInspector inspector;
    private static TimeLimit timeLimit;

    static synchronized TimeLimit timeLimit() {
        if (timeLimit == null) {
            timeLimit = new TimeLimit();
        }
        return timeLimit;
    }

    static synchronized TesseractOcr ocr(DocumentProperties properties) {
        try {
            return new TesseractOcr(CONFIGURATION.tesseractParser(), properties);
        } catch (org.apache.tika.exception.TikaConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The inspector as the application builds it, with the default settings. */
    static synchronized DocumentInspector inspector() {
        if (inspector == null) {
            inspector = inspector(properties());
        }
        return inspector;
    }

    static DocumentInspector inspector(DocumentProperties properties) {
        return new DocumentInspector(mediaTypes(), new MetadataReader(CONFIGURATION.tikaParser(tika()), timeLimit(),
                properties), new LicenceReader(ocr(properties)), timeLimit(), new ImageWork(properties), properties);
    }

    static Document document(DocumentType type) {
        return new Document(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), type, "test", 0, "x", "x",
                "x", java.time.Instant.now());
    }
}
