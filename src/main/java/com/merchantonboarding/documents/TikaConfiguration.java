package com.merchantonboarding.documents;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.parser.AutoDetectParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tika's detector and parser are expensive to build (about a second): built once, shared. */
@Configuration
class TikaConfiguration {

    @Bean
    TikaConfig tikaConfig() {
        return TikaConfig.getDefaultConfig();
    }

    @Bean
    Detector tikaDetector(TikaConfig config) {
        return config.getDetector();
    }

    @Bean
    AutoDetectParser tikaParser(TikaConfig config) {
        return new AutoDetectParser(config);
    }
}
