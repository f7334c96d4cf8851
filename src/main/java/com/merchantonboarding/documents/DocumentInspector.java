package com.merchantonboarding.documents;

import com.merchantonboarding.common.Clocks;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Inspects one document: real type, metadata (Tika), size, sharpness, and for a business licence the credit code
 * and company name read by OCR. What the file is like becomes observations; what they mean is for the rules.
 * A file that cannot be read is {@code DOCUMENT_UNREADABLE}; a failure of the machinery throws
 * {@link InspectionFailedException} instead (docs/inspection.md).
 */
@Component
class DocumentInspector {

    private static final int MIN_RENDERED_SIZE = 1000;

    private final MediaTypes mediaTypes;
    private final MetadataReader metadataReader;
    private final LicenceReader licenceReader;
    private final TimeLimit timeLimit;
    private final ImageWork imageWork;
    private final DocumentProperties properties;

    DocumentInspector(MediaTypes mediaTypes, MetadataReader metadataReader, LicenceReader licenceReader,
                      TimeLimit timeLimit, ImageWork imageWork, DocumentProperties properties) {
        this.mediaTypes = mediaTypes;
        this.metadataReader = metadataReader;
        this.licenceReader = licenceReader;
        this.timeLimit = timeLimit;
        this.imageWork = imageWork;
        this.properties = properties;
    }

    DocumentInspection inspect(Document document, byte[] bytes) {
        long started = System.nanoTime();
        InspectionReport report = new InspectionReport(mediaTypes.detect(bytes));
        if (!properties.acceptedMediaTypes().contains(report.mediaType)) {
            report.observe(InspectionReport.TYPE_NOT_ACCEPTED, "The content is " + MediaTypes.describe(report.mediaType));
        } else {
            boolean licence = document.getType() == DocumentType.BUSINESS_LICENSE;
            try {
                report.metadata = metadataReader.read(bytes, report.mediaType);
                if (report.metadata.editingSoftware() != null) {
                    report.observe(InspectionReport.EDITED, "The file was saved by " + report.metadata.editingSoftware());
                }
                if (report.mediaType.equals("application/pdf")) {
                    inspectPdf(bytes, report, licence);
                } else {
                    inspectImage(bytes, report, licence);
                }
            } catch (MalformedFileException e) {
                report.observe(InspectionReport.UNREADABLE, "The file could not be read: " + e.getMessage());
            }
        }
        return new DocumentInspection(document.getId(), report, Clocks.now(), (System.nanoTime() - started) / 1_000_000);
    }

    private void inspectImage(byte[] bytes, InspectionReport report, boolean licence) throws MalformedFileException {
        ImageLayout layout = ImageLayout.read(bytes, report.mediaType);
        report.metadata = report.metadata.withSize(layout.width(), layout.height());
        String size = layout.width() + " × " + layout.height() + " pixels";
        if (Math.max(layout.width(), layout.height()) > properties.maxPixelsPerSide()) {
            report.observe(InspectionReport.UNREADABLE, "The image is " + size + "; at most "
                    + properties.maxPixelsPerSide() + " a side is accepted (a decompression bomb is not decoded)");
            return;
        }
        if (Math.min(layout.width(), layout.height()) < properties.minShortSidePixels()) {
            report.observe(InspectionReport.UNREADABLE, "The image is " + size + "; the shorter side must be at least "
                    + properties.minShortSidePixels());
            return;
        }
        // Decoded once, to grey, no larger than needed; the pixels are let go before OCR waits on Tesseract.
        OcrImage.Page prepared = null;
        long bytesNeeded = ImageWork.bytesForImage(layout.width(), layout.height(),
                report.mediaType.equals("image/jpeg"), licence);
        try (ImageWork.Share share = imageWork.acquire(bytesNeeded, "an image of " + size)) {
            // A phone's sideways photo: pixels as the sensor saw them, and the EXIF orientation to turn them by.
            GreyImage image = ImageDecoder.decodeGrey(bytes, licence ? OcrImage.LONG_SIDE
                    : Sharpness.NORMALIZED_LONG_SIDE, timeLimit, properties.parseTimeout())
                    .oriented(report.mediaType.equals("image/jpeg") ? JpegStructure.orientation(bytes) : 1);
            if (licence) {
                // Shrunk once to the size OCR reads, before sharpness shrinks it further: a phone's 4000 px photo
                // is not averaged down twice from its twelve million pixels, and they are let go at once.
                image = image.shrunk(OcrImage.LONG_SIDE);
            }
            if (sharpEnough(image, report, "The image") && licence) {
                prepared = OcrImage.prepare(image);
            }
        }
        if (prepared != null) {
            readLicence(List.of(prepared), report);
        }
    }

    private void inspectPdf(byte[] bytes, InspectionReport report, boolean licence) throws MalformedFileException {
        PdfLayout layout = timeLimit.run("Reading the PDF's structure", properties.parseTimeout(),
                () -> PdfStructure.read(bytes));
        if (layout.pages() > properties.maxPdfPages()) {
            report.observe(InspectionReport.UNREADABLE, "The PDF has " + layout.pages() + " pages; at most "
                    + properties.maxPdfPages() + " are accepted");
            return;
        }
        int max = properties.maxPixelsPerSide();
        if (layout.largestImageWidth() > max || layout.largestImageHeight() > max) {
            report.observe(InspectionReport.UNREADABLE, "The PDF contains an image of " + layout.largestImageWidth()
                    + " × " + layout.largestImageHeight() + " pixels; at most " + max + " a side is accepted");
            return;
        }
        LicenceReading fromText = licence ? LicenceText.read(report.metadata.text()) : LicenceReading.NOTHING;
        report.text(report.metadata.text(), "PDF", properties.maxTextCharacters());
        boolean ocr = licence && fromText.registrationNumber() == null;
        int pageCount = ocr ? layout.pages() : 1;
        List<OcrImage.Page> prepared = new ArrayList<>();
        try (ImageWork.Share share = imageWork.acquire(ImageWork.bytesForPdf(pageCount, renderedSize(layout), ocr),
                "a PDF of " + layout.pages() + " pages")) {
            List<BufferedImage> pages = PdfPages.render(bytes, pageCount, renderedSize(layout), timeLimit,
                    properties.parseTimeout());
            if (!sharpEnough(GreyImage.of(pages.get(0)), report, "The first page") || !licence) {
                return;
            }
            if (ocr) {
                for (BufferedImage page : pages) {
                    prepared.add(OcrImage.prepare(page));
                }
            }
        }
        if (ocr) {
            readLicence(prepared, report);
        } else {
            record(fromText, report);
        }
    }

    /**
     * A scanned page is drawn no larger than its scan: PDFBox enlarges images with the nearest pixel, which breaks
     * the strokes of Chinese characters; OCR's own preparation enlarges smoothly.
     */
    private static int renderedSize(PdfLayout layout) {
        int scan = Math.max(layout.largestImageWidth(), layout.largestImageHeight());
        return scan == 0 ? OcrImage.LONG_SIDE : Math.min(OcrImage.LONG_SIDE, Math.max(MIN_RENDERED_SIZE, scan));
    }

    private boolean sharpEnough(GreyImage image, InspectionReport report, String what) {
        report.perceptualHash = DifferenceHash.of(image);
        report.pictureGrid = PictureGrid.of(image);
        report.sharpness = Sharpness.of(image);
        if (report.sharpness >= properties.minSharpness()) {
            return true;
        }
        report.observe(InspectionReport.UNREADABLE, report.sharpness == 0
                ? what + " shows no text or lines at all"
                : what + " is blurred: sharpness " + String.format(Locale.ROOT, "%.1f", report.sharpness)
                        + ", at least " + properties.minSharpness() + " is needed");
        return false;
    }

    private void readLicence(List<OcrImage.Page> prepared, InspectionReport report) {
        LicenceReader.Result result = licenceReader.readPrepared(prepared);
        report.text(result.text(), "OCR", properties.maxTextCharacters());
        report.codeImage = result.codeImage();
        report.nameImage = result.nameImage();
        record(result.reading(), report);
    }

    private static void record(LicenceReading reading, InspectionReport report) {
        report.licence = reading;
        if (reading.numberAsRead() == null) {
            report.observe(InspectionReport.UNREADABLE, "No Unified Social Credit Code could be read on the licence");
        } else if (reading.registrationNumber() == null) {
            report.observe(InspectionReport.CODE_UNVERIFIED, "The code reads as " + reading.numberAsRead()
                    + ", which fails the GB 32100 check; the licence is not cross-checked against the declared code");
        } else if (reading.corrected()) {
            report.observe(InspectionReport.CODE_CORRECTED, "The code reads as " + reading.numberAsRead()
                    + "; the check character corrects it to " + reading.registrationNumber());
        }
        if (reading.numberAsRead() != null && reading.legalName() == null) {
            report.observe(InspectionReport.NAME_NOT_READ, "The company name could not be read with confidence:"
                    + " it is not cross-checked; compare the declared name with the licence image");
        }
    }
}
