package com.merchantonboarding.documents;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The inspection steps the JMH benchmarks of {@code documents.bench} measure, built as the application builds them
 * (the steps are package-private; benchmarks live in their own package).
 */
public final class BenchmarkAccess {

    private final MediaTypes mediaTypes = TestSetup.mediaTypes();
    private final MetadataReader metadata = new MetadataReader(new TikaConfiguration().tikaParser(TestSetup.tika()),
            TestSetup.timeLimit(), TestSetup.properties());
    private final LicenceReader licences = new LicenceReader(TestSetup.ocr(TestSetup.properties()));

    /** Type from the bytes, header layout and Tika metadata (no OCR), as inspection starts every image. */
    public Object typeAndMetadata(byte[] bytes) throws Exception {
        String type = mediaTypes.detect(bytes);
        ImageLayout.read(bytes, type);
        return metadata.read(bytes, type);
    }

    public double sharpness(BufferedImage image) {
        return Sharpness.of(image);
    }

    /** Decoding as inspection does it (bounded), then the sharpness index. */
    public double decodeAndSharpness(byte[] bytes) throws Exception {
        return Sharpness.of(ImageDecoder.decodeGrey(bytes, Sharpness.NORMALIZED_LONG_SIDE, TestSetup.timeLimit(),
                java.time.Duration.ofSeconds(20)));
    }

    /** OCR of one licence page: preparation, Tesseract through Tika, extraction of the code and name. */
    public String ocrLicence(BufferedImage page) {
        return licences.read(List.of(page)).reading().registrationNumber();
    }

    /**
     * The Java side of inspecting a dossier, without Tesseract: each document decoded (to grey, no larger than
     * needed) and its sharpness measured, and the licence prepared for OCR, as {@link DocumentInspector} does it.
     */
    public double javaImageWork(InspectionBurst.Dossier dossier) throws Exception {
        double sum = 0;
        for (Map.Entry<String, byte[]> document : dossier.byType().entrySet()) {
            boolean licence = document.getKey().equals("BUSINESS_LICENSE");
            GreyImage grey = ImageDecoder.decodeGrey(document.getValue(), licence ? OcrImage.LONG_SIDE
                    : Sharpness.NORMALIZED_LONG_SIDE, TestSetup.timeLimit(), Duration.ofSeconds(20));
            if (licence) {
                grey = grey.shrunk(OcrImage.LONG_SIDE);
            }
            sum += Sharpness.of(grey);
            if (licence) {
                sum += OcrImage.prepare(grey).binary().getWidth();
            }
        }
        return sum;
    }

    /** The whole inspection of a dossier's four documents (type, metadata, decoding, sharpness, OCR). */
    public int inspectDossier(InspectionBurst.Dossier dossier) {
        int observations = 0;
        for (Map.Entry<String, byte[]> document : dossier.byType().entrySet()) {
            observations += TestSetup.inspector().inspect(TestSetup.document(DocumentType.valueOf(document.getKey())),
                    document.getValue()).getObservations().size();
        }
        return observations;
    }

    /** The licence of a dossier prepared for OCR, as inspection hands it to Tesseract. */
    public PreparedLicence preparedLicence(InspectionBurst.Dossier dossier) throws Exception {
        return new PreparedLicence(OcrImage.prepare(ImageDecoder.decodeGrey(dossier.licence(), OcrImage.LONG_SIDE, TestSetup.timeLimit(),
                Duration.ofSeconds(20))));
    }

    /** A licence page prepared for OCR (for the benchmarks' package, which cannot see inspection's types). */
    public static final class PreparedLicence {
        private final OcrImage.Page page;

        private PreparedLicence(OcrImage.Page page) {
            this.page = page;
        }
    }

    /** OCR alone of an already prepared licence: the Tesseract runs inspection makes (one or two) and their parsing. */
    public String ocrPrepared(PreparedLicence prepared) {
        return licences.readPrepared(List.of(prepared.page)).reading().registrationNumber();
    }

    /** The first genuine licence of the phone corpus photographed so ({@code PhonePhotos.Condition}'s name). */
    public static byte[] phoneLicence(String condition) {
        return PhoneCorpus.entries().stream()
                .filter(e -> e.condition().name().equals(condition) && e.expected() == PhoneCorpus.Expected.GENUINE)
                .findFirst().orElseThrow().bytes();
    }

    /** The whole inspection of a licence file as uploaded: decoding, EXIF orientation, turns, OCR; the code read. */
    public String inspectLicence(byte[] file) {
        return TestSetup.inspector().inspect(TestSetup.document(DocumentType.BUSINESS_LICENSE), file)
                .getLicenceRegistrationNumber();
    }

    /** A rendered licence, as a clean scan {@code width} pixels wide. */
    public static BufferedImage licence(int width) {
        return LicenceRenderer.scan(LicenceRenderer.Licence.xiamenTrading(), width);
    }

    /** A phone photo of a licence, {@code width} pixels wide, with sensor noise: large as JPEGs go. */
    public static BufferedImage photo(int width, double noise) {
        return Distortions.photo(licence(Math.round(width / 1.15f)), 2, noise, 42);
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        return Encodings.jpeg(image, quality);
    }
}
