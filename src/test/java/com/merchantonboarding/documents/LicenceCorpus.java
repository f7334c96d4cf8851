package com.merchantonboarding.documents;

import com.merchantonboarding.documents.LicenceRenderer.Licence;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled corpus of business licences (docs/inspection.md): each sample with what a careful reader finds on
 * it. Made in code from {@link LicenceRenderer}, except the PNG saved by an image editor (src/test/resources/corpus).
 */
final class LicenceCorpus {

    static final Licence DECLARED = Licence.xiamenTrading();

    /**
     * A labelled licence.
     *
     * @param name       what it is
     * @param bytes      the file as uploaded
     * @param code       the credit code printed on it (null when it is too small or blurred to read)
     * @param legalName  the company name printed on it (null when it is too small or blurred to read)
     * @param unreadable what makes it unreadable (a word of the observation), or null
     * @param edited     whether its metadata names an image editor
     */
    record Sample(String name, byte[] bytes, String code, String legalName, String unreadable, boolean edited) {

        static Sample readable(String name, byte[] bytes, Licence printed) {
            return new Sample(name, bytes, printed.code(), printed.name(), null, false);
        }

        static Sample unreadable(String name, byte[] bytes, String why) {
            return new Sample(name, bytes, null, null, why, false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private LicenceCorpus() {
    }

    /** The corpus the tests hold answers for: one sample of each kind the issue names. */
    static List<Sample> samples() {
        Licence otherCode = DECLARED.withCode("913502000728319549");
        Licence otherName = DECLARED.withName("厦门海风茶业有限公司");
        BufferedImage scan = LicenceRenderer.scan(DECLARED, 1600);
        List<Sample> samples = new ArrayList<>();
        samples.add(Sample.readable("clean scan, PNG 1600 px", Encodings.png(scan), DECLARED));
        samples.add(Sample.readable("phone photo turned 3.5°, noise", photo(DECLARED, 2000, 3.5, 6, 1), DECLARED));
        samples.add(Sample.readable("phone photo turned −5°, heavy noise", photo(DECLARED, 1800, -5, 15, 6), DECLARED));
        samples.add(Sample.readable("phone photo in dim light",
                Encodings.jpeg(Distortions.dim(Distortions.photo(LicenceRenderer.scan(DECLARED, 2000), 1.5, 5, 4), 0.5), 0.85f),
                DECLARED));
        samples.add(Sample.readable("low resolution, 900 × 636 JPEG",
                Encodings.jpeg(Distortions.resize(scan, 900), 0.85f), DECLARED));
        samples.add(Sample.unreadable("too small, 800 × 565 JPEG",
                Encodings.jpeg(Distortions.resize(scan, 800), 0.85f), "the shorter side must be at least 600"));
        samples.add(Sample.unreadable("out of focus (σ 3 px)",
                Encodings.jpeg(Distortions.blur(scan, 3), 0.85f), "blurred"));
        samples.add(Sample.unreadable("shaken (motion 15 px)",
                Encodings.jpeg(Distortions.motionBlur(scan, 15), 0.85f), "blurred"));
        samples.add(Sample.readable("another company's code", photo(otherCode, 2000, 2, 5, 11), otherCode));
        samples.add(Sample.readable("another company's name", Encodings.png(LicenceRenderer.scan(otherName, 1600)), otherName));
        samples.add(Sample.readable("one-page scanned PDF", TestPdfs.scanned(scan), DECLARED));
        samples.add(new Sample("PNG saved by GIMP", TestImages.resource("licence-saved-by-gimp.png"), DECLARED.code(),
                DECLARED.name(), null, true));
        return samples;
    }

    static byte[] photo(Licence licence, int width, double degrees, double noise, long seed) {
        return Encodings.jpeg(Distortions.photo(LicenceRenderer.scan(licence, width), degrees, noise, seed), 0.85f);
    }
}
