package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link Sharpness} works a band of tiles at a time to spare memory; the index must be exactly what the definition
 * in its documentation gives when computed over whole-page copies, as the calibration (docs/inspection.md) was.
 */
class SharpnessTest {

    @Test
    void aPhotoOfALicenceGivesExactlyTheWholePageIndex() {
        BufferedImage photo = BenchmarkAccess.photo(2000, 8);
        assertThat(Sharpness.of(photo)).isEqualTo(wholePage(GreyImage.of(photo)));
    }

    @Test
    void aPageWithContentInSomeBandsOnlyGivesTheWholePageIndex() {
        // Text at the top, then plain paper: the bands without content are skipped, the rest counts as before.
        BufferedImage page = Distortions.resize(BenchmarkAccess.licence(1200), 1000);
        BufferedImage tall = new BufferedImage(1000, page.getHeight() * 2 + 37, BufferedImage.TYPE_INT_RGB);
        var g = tall.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, tall.getWidth(), tall.getHeight());
        g.drawImage(page, 0, 0, null);
        g.dispose();
        assertThat(Sharpness.of(tall)).isGreaterThan(0).isEqualTo(wholePage(GreyImage.of(tall)));
    }

    @Test
    void blurredAndOddSizedImagesGiveTheWholePageIndex() {
        BufferedImage blurred = Distortions.blur(Distortions.resize(BenchmarkAccess.licence(1000), 777), 2.5);
        assertThat(Sharpness.of(blurred)).isEqualTo(wholePage(GreyImage.of(blurred)));
        BufferedImage small = Distortions.resize(BenchmarkAccess.licence(1000), 70);
        assertThat(Sharpness.of(small)).isEqualTo(wholePage(GreyImage.of(small)));
    }

    @Test
    void aBlankPageHasNoSharpnessAtAll() {
        BufferedImage blank = new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY);
        assertThat(Sharpness.of(blank)).isZero();
    }

    /** The definition, straight: Gaussian over the whole page, then the tiles. */
    private static double wholePage(GreyImage image) {
        GreyImage grey = image.shrunk(Sharpness.NORMALIZED_LONG_SIDE);
        int w = grey.width;
        int h = grey.height;
        float[] horizontal = new float[w * h];
        float[] kernel = {0.39894f, 0.24203f, 0.05400f, 0.00443f};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                horizontal[y * w + x] = kernel[0] * at(grey, x, y) + kernel[1] * (at(grey, x - 1, y) + at(grey, x + 1, y))
                        + kernel[2] * (at(grey, x - 2, y) + at(grey, x + 2, y))
                        + kernel[3] * (at(grey, x - 3, y) + at(grey, x + 3, y));
            }
        }
        float[] smooth = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                smooth[y * w + x] = kernel[0] * horizontal[row(y, h) * w + x]
                        + kernel[1] * (horizontal[row(y - 1, h) * w + x] + horizontal[row(y + 1, h) * w + x])
                        + kernel[2] * (horizontal[row(y - 2, h) * w + x] + horizontal[row(y + 2, h) * w + x])
                        + kernel[3] * (horizontal[row(y - 3, h) * w + x] + horizontal[row(y + 3, h) * w + x]);
            }
        }
        int tile = Sharpness.TILE;
        double[] across = new double[(w / tile + 1) * (h / tile + 1)];
        double[] down = new double[across.length];
        int count = 0;
        for (int ty = 1; ty + tile < h; ty += tile) {
            for (int tx = 1; tx + tile < w; tx += tile) {
                double[] sums = new double[6];
                for (int y = ty; y < ty + tile; y++) {
                    for (int x = tx; x < tx + tile; x++) {
                        int i = y * w + x;
                        double v = grey.pixels[i] & 0xFF;
                        double dxx = smooth[i - 1] - 2 * smooth[i] + smooth[i + 1];
                        double dyy = smooth[i - w] - 2 * smooth[i] + smooth[i + w];
                        sums[0] += v;
                        sums[1] += v * v;
                        sums[2] += dxx;
                        sums[3] += dxx * dxx;
                        sums[4] += dyy;
                        sums[5] += dyy * dyy;
                    }
                }
                int n = tile * tile;
                double variance = sums[1] / n - (sums[0] / n) * (sums[0] / n);
                if (variance >= Sharpness.MIN_CONTENT_DEVIATION * Sharpness.MIN_CONTENT_DEVIATION) {
                    across[count] = (sums[3] / n - (sums[2] / n) * (sums[2] / n)) / variance;
                    down[count++] = (sums[5] / n - (sums[4] / n) * (sums[4] / n)) / variance;
                }
            }
        }
        if (count == 0) {
            return 0;
        }
        Arrays.sort(across, 0, count);
        Arrays.sort(down, 0, count);
        return Math.min(across[(int) (count * 0.75)], down[(int) (count * 0.75)]) * 1000;
    }

    private static float at(GreyImage grey, int x, int y) {
        return grey.pixels[y * grey.width + Math.min(grey.width - 1, Math.max(0, x))] & 0xFF;
    }

    private static int row(int y, int h) {
        return Math.min(h - 1, Math.max(0, y));
    }
}
