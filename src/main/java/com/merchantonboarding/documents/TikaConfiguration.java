package com.merchantonboarding.documents;

import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tika's detector and parser are expensive to build (about a second): built once, shared. The parser's own
 * guards against zip bombs and deep nesting are set explicitly (Tika's SecureContentHandler applies them).
 */
@Configuration
class TikaConfiguration {

    static final long MAX_OUTPUT_CHARACTERS = 1_000_000;
    static final long MAX_COMPRESSION_RATIO = 100;
    static final int MAX_XML_DEPTH = 100;
    static final int MAX_PACKAGE_DEPTH = 3;

    @Bean
    TikaConfig tikaConfig() {
        return TikaConfig.getDefaultConfig();
    }

    @Bean
    Detector tikaDetector(TikaConfig config) {
        return config.getDetector();
    }

    /** Tika's OCR parser, used directly on images inspection prepared (never through the AutoDetectParser). */
    @Bean
    TesseractOCRParser tesseractParser() throws TikaConfigException {
        TesseractOCRParser parser = new TesseractOCRParser();
        parser.initialize(Map.of());
        return parser;
    }

    @Bean
    AutoDetectParser tikaParser(TikaConfig config) {
        AutoDetectParser parser = new AutoDetectParser(config);
        AutoDetectParserConfig limits = new AutoDetectParserConfig();
        limits.setOutputThreshold(MAX_OUTPUT_CHARACTERS);
        limits.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
        limits.setMaximumDepth(MAX_XML_DEPTH);
        limits.setMaximumPackageEntryDepth(MAX_PACKAGE_DEPTH);
        parser.setAutoDetectParserConfig(limits);
        return parser;
    }
}
