package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.documents.DocumentInspection.Status;
import com.merchantonboarding.documents.LicenceRenderer.Licence;
import org.junit.jupiter.api.Test;

/** Size, sharpness and metadata of documents that are not read by OCR (no Tesseract needed). */
class DocumentQualityTest {

    private final DocumentInspector inspector = TestSetup.inspector();

    private DocumentInspection inspect(byte[] bytes) {
        return inspector.inspect(TestSetup.document(DocumentType.LEGAL_REP_ID_FRONT), bytes);
    }

    @Test
    void passesASharpImageAndRecordsWhatItMeasured() {
        DocumentInspection inspection = inspect(TestImages.idLike());
        assertThat(inspection.getStatus()).isEqualTo(Status.PASSED);
        assertThat(inspection.getObservations()).isEmpty();
        assertThat(inspection.getMediaType()).isEqualTo("image/jpeg");
        assertThat(inspection.getWidth()).isEqualTo(1200);
        assertThat(inspection.getHeight()).isEqualTo(800);
        assertThat(inspection.getSharpness()).isGreaterThan(TestSetup.properties().minSharpness());
        assertThat(inspection.getText()).isNull();
        assertThat(inspection.getDurationMillis()).isNotNull();
    }

    @Test
    void findsAnImageWithAShortSideUnder600PixelsUnreadable() {
        DocumentInspection inspection = inspect(Encodings.jpeg(LicenceRenderer.scan(Licence.xiamenTrading(), 800), 0.9f));
        assertThat(inspection.getStatus()).isEqualTo(Status.FAILED);
        assertThat(inspection.detailOf("DOCUMENT_UNREADABLE")).contains("800 × 565 pixels", "at least 600");
    }

    @Test
    void findsABlurredImageUnreadableWithItsSharpness() {
        byte[] blurred = Encodings.jpeg(Distortions.blur(LicenceRenderer.scan(Licence.xiamenTrading(), 1600), 3), 0.9f);
        DocumentInspection inspection = inspect(blurred);
        assertThat(inspection.getStatus()).isEqualTo(Status.FAILED);
        assertThat(inspection.detailOf("DOCUMENT_UNREADABLE")).startsWith("The image is blurred: sharpness ")
                .contains("at least 22.0");
        assertThat(inspection.getSharpness()).isLessThan(22);
    }

    @Test
    void findsAShakenPhotoUnreadable() {
        byte[] shaken = Encodings.jpeg(Distortions.motionBlur(LicenceRenderer.scan(Licence.xiamenTrading(), 1600), 15), 0.9f);
        assertThat(inspect(shaken).detailOf("DOCUMENT_UNREADABLE")).contains("blurred");
    }

    @Test
    void findsABlankImageUnreadable() {
        assertThat(inspect(TestImages.blank(1200, 900)).detailOf("DOCUMENT_UNREADABLE"))
                .isEqualTo("The image shows no text or lines at all");
    }

    @Test
    void notesAnEditorNamedInAPngTextChunkForOfficers() {
        DocumentInspection inspection = inspect(TestImages.resource("licence-saved-by-gimp.png"));
        assertThat(inspection.getEditingSoftware()).isEqualTo("GIMP 2.10.34");
        assertThat(inspection.getSoftware()).isEqualTo("GIMP 2.10.34");
        assertThat(inspection.detailOf("DOCUMENT_EDITED")).isEqualTo("The file was saved by GIMP 2.10.34");
        assertThat(inspection.getStatus()).isEqualTo(Status.PASSED);
    }

    @Test
    void notesAnEditorNamedInExifButNotACamera() {
        byte[] photo = TestImages.idLike();
        DocumentInspection edited = inspect(HostileFiles.withExifSoftware(photo, "Adobe Photoshop 24.0 (Windows)"));
        assertThat(edited.getEditingSoftware()).isEqualTo("Adobe Photoshop 24.0 (Windows)");
        assertThat(edited.has("DOCUMENT_EDITED")).isTrue();

        DocumentInspection camera = inspect(HostileFiles.withExifSoftware(photo, "iOS 17.5.1"));
        assertThat(camera.getSoftware()).isEqualTo("iOS 17.5.1");
        assertThat(camera.getEditingSoftware()).isNull();
        assertThat(camera.getObservations()).isEmpty();
    }

    @Test
    void readsAPdfsPagesTextAndProducer() {
        DocumentInspection inspection = inspector.inspect(TestSetup.document(DocumentType.BANK_ACCOUNT_PROOF),
                TestPdfs.withPages(2));
        assertThat(inspection.getStatus()).isEqualTo(Status.PASSED);
        assertThat(inspection.getPageCount()).isEqualTo(2);
        assertThat(inspection.getText()).contains("Bank account statement, page 2");
        assertThat(inspection.getTextSource()).isEqualTo("PDF");
        assertThat(inspection.getSharpness()).isGreaterThan(22);
    }

    @Test
    void takesTheCodeOfADigitalLicenceFromItsTextLayer() {
        DocumentInspection inspection = inspector.inspect(TestSetup.document(DocumentType.BUSINESS_LICENSE),
                TestPdfs.withText("BUSINESS LICENCE", "Unified Social Credit Code 9I35O2OO776O49653A"));
        assertThat(inspection.getTextSource()).isEqualTo("PDF");
        assertThat(inspection.getLicenceRegistrationNumber()).isEqualTo("91350200776049653A");
        assertThat(inspection.getLicenceNumberAsRead()).isEqualTo("9I35O2OO776O49653A");
        assertThat(inspection.detailOf("LICENCE_CODE_CORRECTED")).contains("9I35O2OO776O49653A", "91350200776049653A");
        assertThat(inspection.getStatus()).isEqualTo(Status.PASSED);
    }

    @Test
    void findsADocumentOfAnotherTypeNotAccepted() {
        DocumentInspection inspection = inspect(HostileFiles.zipBomb(50));
        assertThat(inspection.getStatus()).isEqualTo(Status.FAILED);
        assertThat(inspection.detailOf("DOCUMENT_TYPE_NOT_ACCEPTED")).isEqualTo("The content is a ZIP archive");
    }
}
