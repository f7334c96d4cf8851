package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.common.ApiException;
import java.awt.image.BufferedImage;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class UploadChecksTest {

    private static final UploadChecks checks = TestSetup.uploadChecks();
    private static final byte[] JPEG = Encodings.jpeg(new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB), 0.8f);
    private static final byte[] PNG = Encodings.png(new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB));

    @Test
    void acceptsOrdinaryImagesAndPdfsByTheirBytes() {
        assertThat(checks.check(JPEG)).isEqualTo("image/jpeg");
        assertThat(checks.check(PNG)).isEqualTo("image/png");
        assertThat(checks.check(TestPdfs.withPages(5))).isEqualTo("application/pdf");
    }

    @Test
    void refusesAnImageLargerThan8000PixelsASideFromItsHeaderAlone() {
        ApiException refused = refusal(() -> checks.check(HostileFiles.pngBomb(20_000, 20_000)));
        assertThat(refused.status().value()).isEqualTo(422);
        assertThat(refused.slug()).isEqualTo("image-too-large");
        assertThat(refused.getMessage()).contains("20000 × 20000 pixels", "at most 8000 × 8000");

        assertThat(refusal(() -> checks.check(HostileFiles.jpegDeclaring(JPEG, 8001, 600))).slug())
                .isEqualTo("image-too-large");
        assertThat(checks.check(HostileFiles.jpegDeclaring(JPEG, 8000, 8000))).isEqualTo("image/jpeg");
    }

    @Test
    void refusesAJpegWithThousandsOfScans() {
        ApiException refused = refusal(() -> checks.check(HostileFiles.jpegWithScans(JPEG, 101)));
        assertThat(refused.status().value()).isEqualTo(422);
        assertThat(refused.getMessage()).contains("101 scans");
    }

    @Test
    void refusesAPdfOfMoreThanFivePages() {
        ApiException refused = refusal(() -> checks.check(TestPdfs.withPages(6)));
        assertThat(refused.status().value()).isEqualTo(422);
        assertThat(refused.slug()).isEqualTo("too-many-pages");
        assertThat(refused.getMessage()).contains("6 pages", "at most 5");
    }

    @Test
    void refusesAPdfDrawingADecompressionBombImage() {
        ApiException refused = refusal(() -> checks.check(TestPdfs.withImageDeclaring(100_000, 100_000)));
        assertThat(refused.slug()).isEqualTo("image-too-large");
    }

    @Test
    void refusesImagesWithAnArchiveAppended() {
        byte[] zip = HostileFiles.zip("payload.txt", "secret".getBytes(), 1);
        for (byte[] image : new byte[][] {JPEG, PNG}) {
            ApiException refused = refusal(() -> checks.check(HostileFiles.concat(image, zip)));
            assertThat(refused.status().value()).isEqualTo(415);
            assertThat(refused.slug()).isEqualTo("hidden-content");
            assertThat(refused.getMessage()).contains("followed by " + zip.length + " bytes", "a ZIP archive");
            assertThat(refused.properties()).containsEntry("hiddenContent", "a ZIP archive");
        }
        assertThat(refusal(() -> checks.check(HostileFiles.concat(TestPdfs.withPages(1), zip))).slug())
                .isEqualTo("hidden-content");
    }

    @Test
    void refusesAnImageThatIsAlsoAZipWithoutTrailingBytes() {
        // The ZIP sits in a chunk of the PNG's own (not metadata), and its end record's comment swallows the
        // chunk's CRC and the IEND chunk: nothing follows the image, yet ZIP readers open the file.
        byte[] zip = HostileFiles.zip("payload.txt", "secret".getBytes(), 1);
        zip[zip.length - 2] = 16;
        int iend = PNG.length - 12;
        byte[] polyglot = HostileFiles.concat(java.util.Arrays.copyOf(PNG, iend), HostileFiles.chunk("ZIPA", zip),
                java.util.Arrays.copyOfRange(PNG, iend, PNG.length));

        ApiException refused = refusal(() -> checks.check(polyglot));
        assertThat(refused.slug()).isEqualTo("hidden-content");
        assertThat(refused.getMessage()).contains("with a ZIP archive hidden inside it");
    }

    @Test
    void refusesAnArchiveHiddenInImageMetadata() {
        byte[] zip = HostileFiles.zip("payload.txt", "secret".getBytes(), 1);
        byte[] png = HostileFiles.withTextChunk(PNG, "Comment", new String(zip, java.nio.charset.StandardCharsets.ISO_8859_1));
        ApiException refused = refusal(() -> checks.check(png));
        assertThat(refused.getMessage()).contains("with a ZIP archive hidden inside it");
    }

    @Test
    void refusesAPdfCarryingAnAttachment() {
        ApiException refused = refusal(() -> checks.check(TestPdfs.withAttachment("bomb.zip", HostileFiles.zipBomb(10))));
        assertThat(refused.status().value()).isEqualTo(415);
        assertThat(refused.getMessage()).contains("attached files");
    }

    @Test
    void acceptsPaddingAndCameraImagesAfterAJpeg() {
        assertThat(checks.check(HostileFiles.concat(JPEG, new byte[64]))).isEqualTo("image/jpeg");
        // A multi-picture JPEG (an HDR gain map or a second view) appends complete JPEG images.
        assertThat(checks.check(HostileFiles.concat(JPEG, JPEG))).isEqualTo("image/jpeg");
        assertThat(checks.check(HostileFiles.concat(TestPdfs.withPages(1), "\r\n  \n".getBytes())))
                .isEqualTo("application/pdf");
    }

    @Test
    void refusesArchivesAndBombsByTypeBeforeOpeningThem() {
        ApiException bomb = refusal(() -> checks.check(HostileFiles.zipBomb(200)));
        assertThat(bomb.status().value()).isEqualTo(415);
        assertThat(bomb.getMessage()).contains("a ZIP archive");
        assertThat(refusal(() -> checks.check(HostileFiles.nestedZip(64))).status().value()).isEqualTo(415);
    }

    @Test
    void refusesDamagedFilesWithWhatWasFound() {
        ApiException truncated = refusal(() -> checks.check(java.util.Arrays.copyOf(JPEG, JPEG.length / 2)));
        assertThat(truncated.status().value()).isEqualTo(422);
        assertThat(truncated.slug()).isEqualTo("file-damaged");
        assertThat(truncated.getMessage()).contains("truncated");
        byte[] pdf = TestPdfs.withPages(1);
        assertThat(refusal(() -> checks.check(java.util.Arrays.copyOf(pdf, pdf.length - 10))).getMessage())
                .contains("no end-of-file marker");
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertThat(refusal(() -> checks.check(new byte[0])).status().value()).isEqualTo(400);
        assertThat(refusal(() -> checks.check(new byte[10 * 1024 * 1024 + 1])).status().value()).isEqualTo(413);
    }

    private static ApiException refusal(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(ApiException.class);
        return (ApiException) thrown;
    }
}
