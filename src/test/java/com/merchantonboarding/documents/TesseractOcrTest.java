package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure of the OCR machinery is thrown, never returned as an empty text (which would read as "no code"). */
class TesseractOcrTest {

    private static final BufferedImage PAGE = OcrImage.prepare(LicenceRenderer.scan(LicenceRenderer.Licence.xiamenTrading(), 800)).binary();

    @Test
    void failsWhenTesseractIsMissing(@TempDir Path empty) throws Exception {
        TesseractOcr ocr = new TesseractOcr(parserAt(empty), TestSetup.properties());
        assertThatThrownBy(() -> ocr.read(PAGE)).isInstanceOf(InspectionFailedException.class)
                .hasMessageContaining("Tesseract is not installed");
    }

    @Test
    void failsWhenTesseractTimesOut(@TempDir Path dir) throws Exception {
        // A stand-in that answers the availability check and then hangs on a page.
        fakeTesseract(dir, "[ $# -eq 0 ] && exit 1\nsleep 30\n");
        TesseractOcr ocr = new TesseractOcr(parserAt(dir), TestSetup.properties(Map.of("ocr-timeout", "1s")));
        assertThatThrownBy(() -> ocr.read(PAGE)).isInstanceOf(InspectionFailedException.class)
                .hasMessageContaining("timeout");
    }

    @Test
    void failsWhenALanguageIsMissing(@TempDir Path dir) throws Exception {
        fakeTesseract(dir, "[ $# -eq 0 ] && exit 1\necho \"Failed loading language 'chi_sim'\" >&2\nexit 1\n");
        TesseractOcr ocr = new TesseractOcr(parserAt(dir), TestSetup.properties());
        assertThatThrownBy(() -> ocr.read(PAGE)).isInstanceOf(InspectionFailedException.class)
                .hasMessageContaining("chi_sim");
    }

    @Test
    void readsWordsWithTheirPlaceAndConfidence() {
        OcrPage page = TestSetup.ocr(TestSetup.properties()).read(
                OcrImage.prepare(LicenceRenderer.scan(LicenceRenderer.Licence.xiamenTrading(), 1600)).binary());
        assertThat(page.text()).contains("91350200776049653A");
        assertThat(page.lines()).allSatisfy(line -> assertThat(line.words()).allSatisfy(word -> {
            assertThat(word.x1()).isGreaterThan(word.x0());
            assertThat(word.confidence()).isBetween(0, 100);
        }));
    }

    private static TesseractOCRParser parserAt(Path directory) throws Exception {
        TesseractOCRParser parser = new TesseractOCRParser();
        parser.setTesseractPath(directory.toString() + "/");
        parser.initialize(Map.of());
        return parser;
    }

    private static void fakeTesseract(Path dir, String body) throws Exception {
        Path script = dir.resolve("tesseract");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
