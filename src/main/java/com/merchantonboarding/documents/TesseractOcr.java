package com.merchantonboarding.documents;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Words and their places on an image, through Tika's {@link TesseractOCRParser} (built once). Only images that inspection prepared
 * itself reach it (bounded size, black on white), so a hostile file cannot make Tesseract hang: a timeout, a
 * missing Tesseract or a missing language is a failure of the machinery, thrown as
 * {@link InspectionFailedException}, never an empty text. Tika's parser itself returns nothing, silently, when
 * Tesseract is missing; this class checks.
 */
@Component
class TesseractOcr {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);

    private final TesseractOCRParser parser;
    private final DocumentProperties properties;
    private final Semaphore slots;
    private final Timer duration;
    private volatile boolean available;

    TesseractOcr(TesseractOCRParser parser, DocumentProperties properties) {
        this(parser, properties, new SimpleMeterRegistry());
    }

    @Autowired
    TesseractOcr(TesseractOCRParser parser, DocumentProperties properties, MeterRegistry meters) {
        this.parser = parser;
        this.properties = properties;
        this.slots = new Semaphore(Math.max(1, properties.ocrMaxConcurrent()), true);
        this.duration = Timer.builder("onboarding.ocr.duration")
                .description("One Tesseract run (waiting for a slot not counted)").register(meters);
    }

    OcrPage read(BufferedImage prepared) {
        return read(prepared, properties.ocrLanguage());
    }

    /** Reads with other Tesseract languages than the configured ones. */
    OcrPage read(BufferedImage prepared, String language) {
        return read(prepared, language, properties.ocrPageSegMode());
    }

    /** Reads with this language and page segmentation mode (7: one line of text). */
    OcrPage read(BufferedImage prepared, String language, String pageSegMode) {
        requireTesseract();
        byte[] png = png(prepared);
        try {
            if (!slots.tryAcquire(properties.ocrTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new InspectionBusyException("Inspection is busy: no OCR slot became free within "
                        + properties.ocrTimeout().toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InspectionFailedException("Interrupted while waiting for OCR", e);
        }
        long started = System.nanoTime();
        try (TikaInputStream in = TikaInputStream.get(png)) {
            HocrReader page = new HocrReader();
            parser.parse(in, page, new Metadata(), context(language, pageSegMode));
            return page.page();
        } catch (Exception e) {
            log.warn("Tesseract failed: {}", e.getMessage());
            throw new InspectionFailedException("Tesseract failed: " + e.getMessage(), e);
        } finally {
            duration.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            slots.release();
        }
    }

    private ParseContext context(String language, String pageSegMode) {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(language);
        config.setPageSegMode(pageSegMode);
        config.setPreserveInterwordSpacing(true);
        config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
        config.setTimeoutSeconds((int) Math.max(1, properties.ocrTimeout().toSeconds()));
        config.setSkipOcr(false);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        return context;
    }

    /** Checked at the first OCR and again after a failed check (Tesseract may be installed later). */
    private synchronized void requireTesseract() {
        if (available) {
            return;
        }
        try {
            if (parser.hasTesseract()) {
                // The parser remembers from initialize() whether Tesseract was there; refresh it.
                parser.initialize(Map.of());
                available = true;
            }
        } catch (TikaConfigException e) {
            log.warn("Tesseract check failed: {}", e.getMessage());
        }
        if (!available) {
            throw new InspectionFailedException("Tesseract is not installed or cannot be run (looked for '"
                    + parser.getTesseractPath() + TesseractOCRParser.getTesseractProg() + "')");
        }
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new InspectionFailedException("Could not write the image for OCR", e);
        }
    }
}
