package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What OCR preparation keeps of a black-on-white page. */
class OcrImageTest {

    @Test
    void largeBlotsGoAndCharactersStay() {
        int w = 100;
        int h = 60;
        byte[] pixels = new byte[w * h];
        Arrays.fill(pixels, (byte) 255);
        // A ragged band along the top, joined diagonally to a wedge down the left side: one patch, page-wide.
        for (int x = 0; x < 90; x++) {
            pixels[2 * w + x] = 0;
            pixels[3 * w + x + (x % 3 == 0 ? 1 : 0)] = 0;
        }
        for (int y = 4; y < 40; y++) {
            pixels[y * w + (y - 4) / 10] = 0;
        }
        // Two "characters" of 8 × 8 (a box and a cross) and a diagonal stroke, each far smaller than the page.
        for (int i = 0; i < 8; i++) {
            pixels[(20 + i) * w + 40] = 0;
            pixels[(20 + i) * w + 47] = 0;
            pixels[20 * w + 40 + i] = 0;
            pixels[27 * w + 40 + i] = 0;
            pixels[(30 + i) * w + 60 + 3] = 0;
            pixels[(30 + 3) * w + 60 + i] = 0;
            pixels[(45 + i) * w + 20 + i] = 0;
        }
        long charactersInk = countInk(pixels) - bandAndWedge(pixels, w);

        GreyImage cleared = OcrImage.withoutLargeBlots(new GreyImage(w, h, pixels));

        assertThat(cleared.pixels[2 * w + 50]).as("the band").isEqualTo((byte) 255);
        assertThat(cleared.pixels[30 * w + 2]).as("the wedge joined to it").isEqualTo((byte) 255);
        assertThat(cleared.pixels[20 * w + 40]).as("the box").isZero();
        assertThat(cleared.pixels[33 * w + 60]).as("the cross").isZero();
        assertThat(cleared.pixels[49 * w + 24]).as("the diagonal stroke, joined corner to corner").isZero();
        assertThat(countInk(cleared.pixels)).isEqualTo(charactersInk);
        assertThat(cleared.pixels).as("no pixel left in between black and white").containsOnly(0, (byte) 255);
    }

    private static long countInk(byte[] pixels) {
        long n = 0;
        for (byte p : pixels) {
            n += p == 0 ? 1 : 0;
        }
        return n;
    }

    /** The ink of the band and the wedge (rows 2–3 up to x 90, and the wedge's column pixels). */
    private static long bandAndWedge(byte[] pixels, int w) {
        long n = 0;
        for (int y = 2; y < 40; y++) {
            for (int x = 0; x < 91; x++) {
                boolean inBand = y <= 3;
                boolean inWedge = y >= 4 && x == (y - 4) / 10;
                n += (inBand || inWedge) && pixels[y * w + x] == 0 ? 1 : 0;
            }
        }
        return n;
    }
}
