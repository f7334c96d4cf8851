package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** Photos taken sideways or upside down: the EXIF orientation is honoured, and a page without one is turned. */
class OrientationTest {

    private static final String CODE = LicenceRenderer.Licence.xiamenTrading().code();

    @Test
    void turnsAndMirrorsByTheExifOrientation() {
        // 1 2 3
        // 4 5 6
        GreyImage image = new GreyImage(3, 2, new byte[] {1, 2, 3, 4, 5, 6});
        assertThat(image.oriented(1)).isSameAs(image);
        assertThat(image.oriented(6).pixels).containsExactly(4, 1, 5, 2, 6, 3);
        assertThat(image.oriented(6).width).isEqualTo(2);
        assertThat(image.oriented(8).pixels).containsExactly(3, 6, 2, 5, 1, 4);
        assertThat(image.oriented(3).pixels).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(image.oriented(2).pixels).containsExactly(3, 2, 1, 6, 5, 4);
        assertThat(image.oriented(5).pixels).containsExactly(1, 4, 2, 5, 3, 6);
        assertThat(image.turned(1).turned(3).pixels).containsExactly(image.pixels);
    }

    @Test
    void readsTheOrientationFromTheExifHeaderInEitherByteOrder() {
        byte[] jpeg = Encodings.jpeg(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), 0.9f);
        assertThat(JpegStructure.orientation(jpeg)).isEqualTo(1);
        assertThat(JpegStructure.orientation(withExifOrientation(jpeg, 6, false))).isEqualTo(6);
        assertThat(JpegStructure.orientation(withExifOrientation(jpeg, 8, true))).isEqualTo(8);
        assertThat(JpegStructure.orientation(withExifOrientation(jpeg, 42, true))).isEqualTo(1);
        assertThat(JpegStructure.orientation(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isEqualTo(1);
    }

    @Test
    void readsALicencePhotographedSidewaysWithTheExifOrientationAsPhonesWriteIt() throws Exception {
        BufferedImage upright = LicenceRenderer.scan(LicenceRenderer.Licence.xiamenTrading(), 1600);
        // The sensor's pixels are the page turned a quarter anticlockwise; orientation 6 turns them back.
        byte[] sideways = withExifOrientation(Encodings.jpeg(turned(upright, 3), 0.85f), 6, false);
        DocumentInspection inspection = inspect(sideways);
        assertThat(inspection.getObservations()).extracting(DocumentInspection.Observation::code)
                .doesNotContain(InspectionReport.UNREADABLE);
        assertThat(inspection.getLicenceRegistrationNumber()).isEqualTo(CODE);
        // The regions officers see are cut from the page as read, the right way up: wider than tall.
        for (byte[] region : new byte[][] {inspection.codeImageBytes(), inspection.nameImageBytes()}) {
            BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(region));
            assertThat(image.getWidth()).isGreaterThan(3 * image.getHeight());
        }
    }

    @Test
    void triesTheLikelierTurnFirst() {
        // Taller than wide: a landscape licence photographed sideways; as wide as a licence: upside down.
        assertThat(LicenceReader.turnsToTry(new BufferedImage(1800, 2400, BufferedImage.TYPE_BYTE_GRAY)))
                .containsExactly(1, 3, 2);
        assertThat(LicenceReader.turnsToTry(new BufferedImage(2400, 1800, BufferedImage.TYPE_BYTE_GRAY)))
                .containsExactly(2, 1, 3);
    }

    @Test
    void cutsTheRegionsForOfficersOutOfTheGreyPage() {
        GreyImage page = new GreyImage(4, 3, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        assertThat(page.region(1, 1, 2, 2).pixels).containsExactly(5, 6, 9, 10);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> page.region(3, 0, 2, 1));
    }

    @Test
    void findsWhichWayIsUpWhenThereIsNoExifOrientation() {
        BufferedImage upright = LicenceRenderer.scan(LicenceRenderer.Licence.xiamenTrading(), 1600);
        assertThat(inspect(Encodings.jpeg(turned(upright, 1), 0.85f)).getLicenceRegistrationNumber()).isEqualTo(CODE);
        assertThat(inspect(Encodings.jpeg(turned(upright, 2), 0.85f)).getLicenceRegistrationNumber()).isEqualTo(CODE);
    }

    @Test
    void doesNotTurnAnUprightPageThatIsNotALicence() throws Exception {
        TesseractOcr ocr = TestSetup.ocr(TestSetup.properties());
        BufferedImage idLike = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(TestImages.idLike()));
        assertThat(LicenceReader.readsUpright(ocr.read(OcrImage.prepare(idLike).binary()))).isTrue();
        BufferedImage licence = LicenceRenderer.scan(LicenceRenderer.Licence.xiamenTrading(), 1600);
        assertThat(LicenceReader.readsUpright(ocr.read(OcrImage.prepare(turned(licence, 1)).binary()))).isFalse();
    }

    private static DocumentInspection inspect(byte[] bytes) {
        return TestSetup.inspector().inspect(TestSetup.document(DocumentType.BUSINESS_LICENSE), bytes);
    }

    private static BufferedImage turned(BufferedImage image, int quarters) {
        return GreyImage.of(image).turned(quarters).toImage();
    }

    /** The JPEG with an APP1 Exif segment right after its start-of-image marker, holding only the orientation. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        java.util.function.IntConsumer u16 = v -> {
            if (littleEndian) {
                tiff.write(v & 0xFF);
                tiff.write(v >> 8);
            } else {
                tiff.write(v >> 8);
                tiff.write(v & 0xFF);
            }
        };
        tiff.writeBytes(littleEndian ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
        u16.accept(42);
        u16.accept(littleEndian ? 8 : 0);
        u16.accept(littleEndian ? 0 : 8);
        u16.accept(1);
        u16.accept(274);
        u16.accept(3);
        u16.accept(littleEndian ? 1 : 0);
        u16.accept(littleEndian ? 0 : 1);
        u16.accept(orientation);
        u16.accept(0);
        u16.accept(0);
        u16.accept(0);
        byte[] body = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + body.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
