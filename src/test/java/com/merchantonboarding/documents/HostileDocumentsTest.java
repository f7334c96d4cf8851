package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.documents.DocumentInspection.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files that reached storage without the upload checks (stored before they existed, or by another path):
 * inspection ends each as an observation, quickly, without exhausting memory.
 */
class HostileDocumentsTest {

    private final DocumentInspector inspector = TestSetup.inspector();

    private DocumentInspection inspect(byte[] bytes) {
        return inspector.inspect(TestSetup.document(DocumentType.BANK_ACCOUNT_PROOF), bytes);
    }

    @Test
    void doesNotDecodeADecompressionBombImage() {
        // 20000 × 20000 pixels in a few kilobytes: 1.6 GB once decoded as RGB.
        DocumentInspection inspection = inspect(HostileFiles.pngBomb(20_000, 20_000));
        assertThat(inspection.getStatus()).isEqualTo(Status.FAILED);
        assertThat(inspection.detailOf("DOCUMENT_UNREADABLE")).contains("20000 × 20000 pixels", "not decoded");
        byte[] jpeg = TestImages.idLike();
        assertThat(inspect(HostileFiles.jpegDeclaring(jpeg, 65_000, 65_000)).detailOf("DOCUMENT_UNREADABLE"))
                .contains("65000 × 65000");
    }

    @Test
    void decodesTheLargestAcceptedImageSubsampled() {
        // Up to 8000 × 8000 is allowed; at most 16 megapixels are decoded (8000 × 8000 as 4000 × 4000, never 64).
        assertThat(ImageDecoder.subsampling(8000L * 8000)).isEqualTo(2);
        assertThat(ImageDecoder.subsampling(4000L * 4000)).isEqualTo(1);
        DocumentInspection inspection = inspect(HostileFiles.pngBomb(6000, 6000));
        assertThat(inspection.getWidth()).isEqualTo(6000);
        assertThat(inspection.detailOf("DOCUMENT_UNREADABLE")).isEqualTo("The image shows no text or lines at all");
    }

    @Test
    void findsDamagedImagesUnreadable() {
        byte[] jpeg = TestImages.idLike();
        assertThat(inspect(Arrays.copyOf(jpeg, jpeg.length / 2)).detailOf("DOCUMENT_UNREADABLE"))
                .startsWith("The file could not be read: ").contains("truncated");
        byte[] png = HostileFiles.pngBomb(1000, 1000);
        byte[] garbled = png.clone();
        Arrays.fill(garbled, 60, garbled.length - 12, (byte) 0x5A);
        assertThat(inspect(garbled).getStatus()).isEqualTo(Status.FAILED);
    }

    @Test
    void neverOpensAZipBombAttachedToAPdf() {
        // 200 MB of zeros in 200 KB, attached: the parser must not follow it (no embedded document is parsed).
        DocumentInspection inspection = inspect(TestPdfs.withAttachment("bomb.zip", HostileFiles.zipBomb(200)));
        assertThat(inspection.getPageCount()).isEqualTo(1);
        assertThat(inspection.getDurationMillis()).isNotNull();
        DocumentInspection nested = inspect(TestPdfs.withAttachment("nested.zip", HostileFiles.nestedZip(200)));
        assertThat(nested.getPageCount()).isEqualTo(1);
    }

    @Test
    void neverResolvesAnExternalEntityInAnXfaForm(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        String form = "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\">"
                + "<template xmlns=\"http://www.xfa.org/schema/xfa-template/3.3/\"><subform name=\"form\">"
                + "<field name=\"f\"/></subform></template>"
                + "<xfa:datasets xmlns:xfa=\"http://www.xfa.org/schema/xfa-data/1.0/\"><xfa:data><form>"
                + "<f>%s</f></form></xfa:data></xfa:datasets></xdp:xdp>";
        // The form's data is read (Tika parses XFA)…
        assertThat(inspect(TestPdfs.withXfa(form.formatted("DATA-7731"))).getText()).contains("f: DATA-7731");
        // …but an external entity in it is never resolved.
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE xdp:xdp [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + form.formatted("&leak;");
        DocumentInspection inspection = inspect(TestPdfs.withXfa(hostile));
        assertThat(String.valueOf(inspection.getText())).doesNotContain("TOP-SECRET-7731");
        assertThat(inspection.getObservations().toString()).doesNotContain("TOP-SECRET-7731");
    }

    @Test
    void doesNotDrawAPdfImageDeclaringBillionsOfPixels() {
        DocumentInspection inspection = inspect(TestPdfs.withImageDeclaring(100_000, 100_000));
        assertThat(inspection.detailOf("DOCUMENT_UNREADABLE")).contains("100000 × 100000 pixels");
    }

    @Test
    void findsAPdfOfMoreThanFivePagesUnreadable() {
        assertThat(inspect(TestPdfs.withPages(7)).detailOf("DOCUMENT_UNREADABLE")).contains("7 pages", "at most 5");
    }

    @Test
    void stopsReadingAFileThatTakesTooLong() {
        DocumentInspector impatient = TestSetup.inspector(TestSetup.properties(Map.of("parse-timeout", "1ms")));
        DocumentInspection inspection = impatient.inspect(TestSetup.document(DocumentType.BANK_ACCOUNT_PROOF),
                TestPdfs.withPages(3));
        assertThat(inspection.getStatus()).isEqualTo(Status.FAILED);
        assertThat(inspection.detailOf("DOCUMENT_UNREADABLE")).contains("took longer than");
    }
}
