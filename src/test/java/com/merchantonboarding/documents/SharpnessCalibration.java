package com.merchantonboarding.documents;

import com.merchantonboarding.documents.LicenceRenderer.Licence;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The labelled set the sharpness threshold is calibrated on (docs/inspection.md): licences a person reads without
 * effort, and licences too blurred to read, each made from the same renderings. Each image is encoded as it would
 * be uploaded (JPEG for photos, PNG for scans) and decoded again, so compression is part of the measurement.
 */
final class SharpnessCalibration {

    private SharpnessCalibration() {
    }

    static Map<String, BufferedImage> sharp() {
        Licence licence = Licence.xiamenTrading();
        BufferedImage scan = LicenceRenderer.scan(licence, 1600);
        Map<String, BufferedImage> set = new LinkedHashMap<>();
        set.put("scan 1000 px", png(LicenceRenderer.scan(licence, 1000)));
        set.put("scan 1600 px", png(scan));
        set.put("scan 2400 px", png(LicenceRenderer.scan(licence, 2400)));
        set.put("scan, JPEG quality 0.5", jpeg(scan, 0.5f));
        set.put("scan, slightly soft (σ 0.7)", jpeg(Distortions.blur(scan, 0.7), 0.85f));
        set.put("scan, soft (σ 1.0)", jpeg(Distortions.blur(scan, 1.0), 0.85f));
        set.put("scan, dim (contrast × 0.4)", jpeg(Distortions.dim(scan, 0.4), 0.85f));
        set.put("photo +3.5°, noise 6", jpeg(Distortions.photo(LicenceRenderer.scan(licence, 2000), 3.5, 6, 1), 0.85f));
        set.put("photo −5°, noise 15", jpeg(Distortions.photo(LicenceRenderer.scan(licence, 1800), -5, 15, 6), 0.85f));
        set.put("photo, soft (σ 1.0), noise 10", jpeg(Distortions.photo(Distortions.blur(scan, 1.0), 2, 10, 9), 0.85f));
        set.put("photo, dim, noise 5", jpeg(Distortions.dim(Distortions.photo(scan, 1.5, 5, 4), 0.5), 0.85f));
        set.put("ID-like sparse image", decode(com.merchantonboarding.support.TestFiles.jpeg(1200, 800)));
        return set;
    }

    static Map<String, BufferedImage> blurred() {
        Licence licence = Licence.xiamenTrading();
        BufferedImage scan = LicenceRenderer.scan(licence, 1600);
        Map<String, BufferedImage> set = new LinkedHashMap<>();
        set.put("scan, out of focus (σ 2.5)", jpeg(Distortions.blur(scan, 2.5), 0.85f));
        set.put("scan, out of focus (σ 3)", jpeg(Distortions.blur(scan, 3), 0.85f));
        set.put("scan 2400 px, out of focus (σ 4)", jpeg(Distortions.blur(LicenceRenderer.scan(licence, 2400), 4), 0.85f));
        set.put("scan, shaken (motion 12 px)", jpeg(Distortions.motionBlur(scan, 12), 0.85f));
        set.put("scan, shaken (motion 20 px)", jpeg(Distortions.motionBlur(scan, 20), 0.85f));
        set.put("photo, shaken (motion 12 px), noise 6", jpeg(Distortions.photo(Distortions.motionBlur(scan, 12), 1, 6, 7), 0.85f));
        set.put("photo, out of focus (σ 3)", jpeg(Distortions.photo(Distortions.blur(scan, 3), 2, 4, 3), 0.85f));
        set.put("photo, out of focus (σ 3), noise 15", jpeg(Distortions.photo(Distortions.blur(scan, 3), 2, 15, 3), 0.85f));
        set.put("photo, out of focus (σ 4), dim", jpeg(Distortions.dim(Distortions.photo(Distortions.blur(scan, 4), -2, 6, 5), 0.5), 0.85f));
        set.put("400 px scan enlarged to 1600 px", jpeg(Distortions.resize(LicenceRenderer.scan(licence, 400), 1600), 0.85f));
        return set;
    }

    /** Between the two sets: how far from σ 2 blur a person still reads, with effort (reported, not labelled). */
    static Map<String, BufferedImage> borderline() {
        BufferedImage scan = LicenceRenderer.scan(Licence.xiamenTrading(), 1600);
        Map<String, BufferedImage> set = new LinkedHashMap<>();
        set.put("scan, blurred (σ 1.5)", jpeg(Distortions.blur(scan, 1.5), 0.85f));
        set.put("scan, blurred (σ 2)", jpeg(Distortions.blur(scan, 2), 0.85f));
        set.put("photo, blurred (σ 2), noise 10", jpeg(Distortions.photo(Distortions.blur(scan, 2), 2, 10, 2), 0.85f));
        return set;
    }

    private static BufferedImage png(BufferedImage image) {
        return decode(Encodings.png(image));
    }

    private static BufferedImage jpeg(BufferedImage image, float quality) {
        return decode(Encodings.jpeg(image, quality));
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
