package com.merchantonboarding.documents;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * How sharp a document image is: the variance of the Laplacian on a grey copy normalized to 1600 pixels on the
 * longer side, measured where there is something to see, relative to its contrast and along the weaker axis, so
 * that blank paper, dim light, sensor noise and a shake in one direction do not decide the answer.
 * docs/inspection.md shows the calibration.
 *
 * <ol>
 *   <li>grey copy, area-averaged down to at most {@value #NORMALIZED_LONG_SIDE} px on the longer side;</li>
 *   <li>a Gaussian of σ = 1 px (pixel noise is damped, text edges are not), then the Laplacian's two terms, the
 *       second differences across (x) and down (y);</li>
 *   <li>tiles of {@value #TILE} × {@value #TILE} px; a tile with a grey-level standard deviation of at least
 *       {@value #MIN_CONTENT_DEVIATION} shows text or lines, the rest is paper or background;</li>
 *   <li>in each such tile, each term's variance ÷ the variance of the grey levels (free of contrast);</li>
 *   <li>per direction, the 75th percentile over those tiles (a page is sharp if a good part of it is); the index
 *       is the smaller of the two, × 1000 (a shake blurs one direction only). No such tile at all gives 0.</li>
 * </ol>
 */
final class Sharpness {

    static final int NORMALIZED_LONG_SIDE = 1600;
    static final int TILE = 32;
    static final double MIN_CONTENT_DEVIATION = 16;
    private static final double PERCENTILE = 0.75;

    private Sharpness() {
    }

    static double of(BufferedImage image) {
        return of(GreyImage.of(image));
    }

    /** The index of a grey image of any size (shrunk to {@value #NORMALIZED_LONG_SIDE} px here when larger). */
    static double of(GreyImage image) {
        GreyImage grey = image.shrunk(NORMALIZED_LONG_SIDE);
        int w = grey.width;
        int h = grey.height;
        float[] smooth = gaussian(grey.pixels, w, h);
        double[] across = new double[(w / TILE + 1) * (h / TILE + 1)];
        double[] down = new double[across.length];
        int count = 0;
        double minVariance = MIN_CONTENT_DEVIATION * MIN_CONTENT_DEVIATION;
        int n = TILE * TILE;
        for (int ty = 1; ty + TILE < h; ty += TILE) {
            for (int tx = 1; tx + TILE < w; tx += TILE) {
                double[] sums = new double[6];
                for (int y = ty; y < ty + TILE; y++) {
                    for (int x = tx, i = y * w + tx; x < tx + TILE; x++, i++) {
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
                double variance = variance(sums[0], sums[1], n);
                if (variance >= minVariance) {
                    across[count] = variance(sums[2], sums[3], n) / variance;
                    down[count++] = variance(sums[4], sums[5], n) / variance;
                }
            }
        }
        if (count == 0) {
            return 0;
        }
        return Math.min(percentile(across, count), percentile(down, count)) * 1000;
    }

    private static double percentile(double[] values, int count) {
        Arrays.sort(values, 0, count);
        return values[(int) (count * PERCENTILE)];
    }

    private static double variance(double sum, double squares, int n) {
        return squares / n - (sum / n) * (sum / n);
    }

    /** Separable Gaussian of σ = 1 (kernel radius 3), edges clamped; the clamping only where a row or column ends. */
    private static float[] gaussian(byte[] in, int w, int h) {
        float k0 = 0.39894f;
        float k1 = 0.24203f;
        float k2 = 0.05400f;
        float k3 = 0.00443f;
        float[] across = new float[in.length];
        float[] line = new float[Math.max(w, h) + 6];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = -3; x < w + 3; x++) {
                line[x + 3] = in[row + Math.min(w - 1, Math.max(0, x))] & 0xFF;
            }
            for (int x = 0; x < w; x++) {
                across[row + x] = k0 * line[x + 3] + k1 * (line[x + 2] + line[x + 4])
                        + k2 * (line[x + 1] + line[x + 5]) + k3 * (line[x] + line[x + 6]);
            }
        }
        float[] out = new float[in.length];
        for (int y = 0; y < h; y++) {
            int r0 = y * w;
            int up1 = Math.max(0, y - 1) * w;
            int up2 = Math.max(0, y - 2) * w;
            int up3 = Math.max(0, y - 3) * w;
            int dn1 = Math.min(h - 1, y + 1) * w;
            int dn2 = Math.min(h - 1, y + 2) * w;
            int dn3 = Math.min(h - 1, y + 3) * w;
            for (int x = 0; x < w; x++) {
                out[r0 + x] = k0 * across[r0 + x] + k1 * (across[up1 + x] + across[dn1 + x])
                        + k2 * (across[up2 + x] + across[dn2 + x]) + k3 * (across[up3 + x] + across[dn3 + x]);
            }
        }
        return out;
    }
}
