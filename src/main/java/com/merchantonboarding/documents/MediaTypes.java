package com.merchantonboarding.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/** The real type of a file, from its bytes alone: the name and the declared type are ignored. */
@Component
class MediaTypes {

    private final Detector detector;

    MediaTypes(Detector detector) {
        this.detector = detector;
    }

    String detect(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> "a JPEG image";
            case "image/png" -> "a PNG image";
            case "application/pdf" -> "a PDF document";
            case "application/x-msdownload", "application/x-dosexec", "application/x-executable",
                    "application/x-elf", "application/x-sharedlib", "application/x-mach-o-executable" -> "an executable program";
            case "application/zip" -> "a ZIP archive";
            case "text/plain" -> "plain text";
            case "text/html" -> "an HTML page";
            case "image/gif" -> "a GIF image";
            case "image/webp" -> "a WebP image";
            case "image/svg+xml" -> "an SVG image";
            case "application/octet-stream" -> "data of an unknown type";
            default -> "a file of type " + mediaType;
        };
    }
}
