package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The perceptual hash: the same picture re-encoded at another JPEG quality, resized, or turned from PNG into JPEG
 * stays within {@link DifferenceHash#NEAR} bits; a different document is far. Two licences of one template are near
 * by the hash, and told apart by the {@link PictureGrid}.
 */
class DifferenceHashTest {

    private static final LicenceRenderer.Licence XIAMEN = LicenceRenderer.Licence.xiamenTrading();

    @Test
    void theSamePhotoReEncodedAndResizedIsNear() {
        byte[] photo = PhonePhotos.take(PhonePhotos.Condition.TILTED, XIAMEN, 7);
        long original = hash(photo);
        long smallerAndWorse = hash(Encodings.jpeg(resized(decode(photo), 0.6), 0.5f));
        long larger = hash(Encodings.jpeg(resized(decode(photo), 1.3), 0.95f));
        System.out.println("MEASURE dHash distance: re-encoded q0.5 at 60 % " + DifferenceHash.distance(original,
                smallerAndWorse) + ", q0.95 at 130 % " + DifferenceHash.distance(original, larger));
        assertThat(DifferenceHash.distance(original, smallerAndWorse)).isLessThanOrEqualTo(DifferenceHash.NEAR);
        assertThat(DifferenceHash.distance(original, larger)).isLessThanOrEqualTo(DifferenceHash.NEAR);
    }

    @Test
    void aPngSavedAsAJpegIsNear() {
        BufferedImage scan = LicenceRenderer.scan(XIAMEN, 1600);
        long png = hash(Encodings.png(scan));
        long jpeg = hash(Encodings.jpeg(resized(scan, 0.5), 0.6f));
        assertThat(DifferenceHash.distance(png, jpeg)).isLessThanOrEqualTo(DifferenceHash.NEAR);
    }

    @Test
    void aDifferentDocumentIsFar() {
        long licence = hash(PhonePhotos.take(PhonePhotos.Condition.TILTED, XIAMEN, 7));
        long otherPhoto = hash(PhonePhotos.take(PhonePhotos.Condition.SHADOW,
                XIAMEN.withName("福州另一家贸易有限公司").withCode("91350100MA2XYZ1234"), 11));
        long idCard = hash(TestImages.idLike());
        System.out.println("MEASURE dHash distance: another licence photo " + DifferenceHash.distance(licence,
                otherPhoto) + ", an ID-like image " + DifferenceHash.distance(licence, idCard));
        assertThat(DifferenceHash.distance(licence, otherPhoto)).isGreaterThan(DifferenceHash.NEAR);
        assertThat(DifferenceHash.distance(licence, idCard)).isGreaterThan(DifferenceHash.NEAR);
    }

    @Test
    void twoLicencesOfOneTemplateShareTheirHashButNotTheirGrid() {
        BufferedImage scan = LicenceRenderer.scan(XIAMEN, 1600);
        BufferedImage otherName = LicenceRenderer.scan(XIAMEN.withName("福州另一家贸易有限公司"), 1600);
        BufferedImage otherCode = LicenceRenderer.scan(XIAMEN.withCode("91350100MA2XYZ1234"), 1600);
        GreyImage original = grey(Encodings.png(scan));
        GreyImage reEncoded = grey(Encodings.jpeg(resized(scan, 0.6), 0.5f));
        System.out.println("MEASURE picture grid, largest cell difference: re-encoded " + PictureGrid.largestDifference(
                PictureGrid.of(original), PictureGrid.of(reEncoded)) + ", another name " + PictureGrid.largestDifference(
                PictureGrid.of(original), PictureGrid.of(grey(Encodings.png(otherName)))) + ", another code "
                + PictureGrid.largestDifference(PictureGrid.of(original), PictureGrid.of(grey(Encodings.png(otherCode)))));
        // What the 64-bit hash alone would call the same picture:
        assertThat(DifferenceHash.distance(DifferenceHash.of(original), DifferenceHash.of(grey(Encodings.png(otherName)))))
                .isLessThanOrEqualTo(DifferenceHash.NEAR);
        assertThat(PictureGrid.same(PictureGrid.of(original), PictureGrid.of(reEncoded))).isTrue();
        assertThat(PictureGrid.same(PictureGrid.of(original), PictureGrid.of(grey(Encodings.png(otherName))))).isFalse();
        assertThat(PictureGrid.same(PictureGrid.of(original), PictureGrid.of(grey(Encodings.png(otherCode))))).isFalse();
    }

    @Test
    void theGridLevelsBrightness() {
        byte[] a = new byte[PictureGrid.SIDE * PictureGrid.SIDE];
        byte[] brighter = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) (i % 200);
            brighter[i] = (byte) (i % 200 + 20);
        }
        assertThat(PictureGrid.largestDifference(a, brighter)).isZero();
        brighter[5] = (byte) 250;
        assertThat(PictureGrid.same(a, brighter)).isFalse();
        assertThat(PictureGrid.same(a, null)).isFalse();
    }

    @Test
    void countsDifferingBits() {
        assertThat(DifferenceHash.distance(0L, 0L)).isZero();
        assertThat(DifferenceHash.distance(0L, -1L)).isEqualTo(64);
        assertThat(DifferenceHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
    }

    @Test
    void anImageOfOneGreyHasTheEmptyHash() {
        assertThat(DifferenceHash.of(new GreyImage(90, 80, new byte[90 * 80]))).isZero();
        // Brighter to the left in every row: every bit set.
        byte[] ramp = new byte[90 * 80];
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 90; x++) {
                ramp[y * 90 + x] = (byte) (255 - x * 2);
            }
        }
        assertThat(DifferenceHash.of(new GreyImage(90, 80, ramp))).isEqualTo(-1L);
    }

    private static long hash(byte[] bytes) {
        return DifferenceHash.of(grey(bytes));
    }

    private static GreyImage grey(byte[] bytes) {
        return GreyImage.of(decode(bytes));
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage resized(BufferedImage image, double scale) {
        int w = (int) Math.round(image.getWidth() * scale);
        int h = (int) Math.round(image.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
