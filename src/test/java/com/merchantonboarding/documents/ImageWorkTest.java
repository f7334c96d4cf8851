package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The memory budget of image work, and decoding once, to grey, no larger than needed. */
class ImageWorkTest {

    private final ImageWork work = new ImageWork(TestSetup.properties(Map.of("image-memory-budget", "64MB",
            "image-work-wait", "300ms")));

    @Test
    void sharesOfTheBudgetWaitTheirTurnAndAreBusyWhenNoneIsFree() throws Exception {
        ImageWork.Share first = work.acquire(40L << 20, "first");
        assertThat(work.availableMegabytes()).isEqualTo(24);
        CompletableFuture<ImageWork.Share> second = CompletableFuture.supplyAsync(() -> work.acquire(40L << 20, "second"));
        Thread.sleep(100);
        assertThat(second).isNotDone();
        first.close();
        first.close();
        ImageWork.Share granted = second.get(5, TimeUnit.SECONDS);
        assertThat(work.availableMegabytes()).isEqualTo(24);
        assertThatThrownBy(() -> work.acquire(30L << 20, "a third"))
                .isInstanceOf(InspectionBusyException.class)
                .hasMessageContaining("a third waited 0 s for 30 MB of its 64 MB");
        granted.close();
        assertThat(work.availableMegabytes()).isEqualTo(64);
    }

    @Test
    void theBudgetIsAtMostAQuarterOfTheHeap() {
        DocumentProperties defaults = TestSetup.properties(Map.of("image-memory-budget", "96MB"));
        assertThat(new ImageWork(defaults, 384L << 20).availableMegabytes()).isEqualTo(96);
        assertThat(new ImageWork(defaults, 288L << 20).availableMegabytes()).isEqualTo(72);
        assertThat(new ImageWork(defaults, 2L << 30).availableMegabytes()).isEqualTo(96);
    }

    @Test
    void aDocumentLargerThanTheBudgetTakesAllOfIt() {
        try (ImageWork.Share all = work.acquire(1L << 30, "huge")) {
            assertThat(work.availableMegabytes()).isZero();
        }
        assertThat(work.availableMegabytes()).isEqualTo(64);
    }

    @Test
    void estimatesFromThePixelCountBeforeDecoding() {
        long licence = ImageWork.bytesForImage(4000, 3000, true, true);
        long photo = ImageWork.bytesForImage(4032, 3024, true, false);
        // Decoded 12 MB, sharpness's copy and band buffers 2.4 MB, OCR preparation 17 MB (docs/inspection.md).
        assertThat(licence).isBetween(28L << 20, 36L << 20);
        // Decoded at half size 3 MB, sharpness 2.4 MB.
        assertThat(photo).isBetween(4L << 20, 8L << 20);
        assertThat(ImageWork.bytesForImage(4000, 3000, false, true)).isGreaterThan(licence);
    }

    @Test
    void decodesAJpegOnceStraightToGreyAndNoLargerThanNeeded() throws Exception {
        BufferedImage photo = BenchmarkAccess.photo(4000, 8);
        byte[] jpeg = Encodings.jpeg(photo, 0.9f);
        GreyImage forOcr = ImageDecoder.decodeGrey(jpeg, OcrImage.LONG_SIDE, TestSetup.timeLimit(), Duration.ofSeconds(20));
        assertThat(forOcr.width).isEqualTo(photo.getWidth());
        GreyImage forSharpness = ImageDecoder.decodeGrey(jpeg, Sharpness.NORMALIZED_LONG_SIDE, TestSetup.timeLimit(),
                Duration.ofSeconds(20));
        assertThat(forSharpness.width).isEqualTo((photo.getWidth() + 1) / 2);
        // The codec's luma is the grey of the colour image (BT.601), give or take JPEG's rounding.
        GreyImage fromColour = GreyImage.of(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg)));
        long difference = 0;
        for (int i = 0; i < fromColour.pixels.length; i += 97) {
            difference += Math.abs((fromColour.pixels[i] & 0xFF) - (forOcr.pixels[i] & 0xFF));
        }
        assertThat((double) difference / (fromColour.pixels.length / 97)).isLessThan(2.0);
        assertThat(Sharpness.of(forSharpness)).isCloseTo(Sharpness.of(fromColour), org.assertj.core.data.Percentage.withPercentage(10));
    }

    @Test
    void readsAJpegsMetadataFromItsHeaderAlone() throws Exception {
        byte[] jpeg = Encodings.jpeg(BenchmarkAccess.photo(4000, 8), 0.9f);
        byte[] header = JpegStructure.header(jpeg);
        assertThat(header.length).isLessThan(jpeg.length / 100);
        assertThat(header[header.length - 1] & 0xFF).isEqualTo(0xD9);
        DocumentMetadata metadata = new MetadataReader(new TikaConfiguration().tikaParser(TestSetup.tika()),
                TestSetup.timeLimit(), TestSetup.properties()).read(jpeg, "image/jpeg");
        assertThat(metadata.width()).isEqualTo(4000);
        assertThat(JpegStructure.header(new byte[] {1, 2, 3})).containsExactly(1, 2, 3);
    }
}
