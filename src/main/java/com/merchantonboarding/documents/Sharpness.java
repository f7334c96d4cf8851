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
    /** The buffers of one band of tiles: rows smoothed across and both ways, four bytes a pixel. */
    static final int BAND_BYTES = (2 * TILE + 10) * NORMALIZED_LONG_SIDE * Float.BYTES;

    private Sharpness() {
    }

    static double of(BufferedImage image) {
        return of(GreyImage.of(image));
    }

    /**
     * The index of a grey image of any size (shrunk to {@value #NORMALIZED_LONG_SIDE} px here when larger).
     *
     * <p>Worked a band of tiles at a time: the Gaussian is computed for the band's rows only (plus the three rows
     * each side it reaches), into two small buffers reused from band to band, and not at all for a band without
     * a tile of content. The whole-page float copies this replaced were the largest allocation of a burst of
     * inspections (about 15 MB an image).
     */
    static double of(GreyImage image) {
        GreyImage grey = image.shrunk(NORMALIZED_LONG_SIDE);
        int w = grey.width;
        int h = grey.height;
        byte[] pixels = grey.pixels;
        double[] across = new double[(w / TILE + 1) * (h / TILE + 1)];
        double[] down = new double[across.length];
        int count = 0;
        double minVariance = MIN_CONTENT_DEVIATION * MIN_CONTENT_DEVIATION;
        int n = TILE * TILE;
        // Rows ty - 4 .. ty + TILE + 3 smoothed across; rows ty - 1 .. ty + TILE smoothed both ways.
        float[] acrossRows = new float[(TILE + 8) * w];
        float[] smoothRows = new float[(TILE + 2) * w];
        float[] line = new float[w + 6];
        boolean[] content = new boolean[w / TILE + 1];
        for (int ty = 1; ty + TILE < h; ty += TILE) {
            boolean any = false;
            for (int tx = 1, t = 0; tx + TILE < w; tx += TILE, t++) {
                content[t] = greyVariance(pixels, w, tx, ty) >= minVariance;
                any |= content[t];
            }
            if (!any) {
                continue;
            }
            for (int r = 0; r < TILE + 8; r++) {
                smoothAcross(pixels, w, Math.min(h - 1, Math.max(0, ty - 4 + r)), line, acrossRows, r * w);
            }
            for (int r = 0; r < TILE + 2; r++) {
                smoothDown(acrossRows, w, h, ty - 1 + r, ty - 4, smoothRows, r * w);
            }
            for (int tx = 1, t = 0; tx + TILE < w; tx += TILE, t++) {
                if (!content[t]) {
                    continue;
                }
                double[] sums = new double[6];
                for (int y = ty; y < ty + TILE; y++) {
                    int s = (y - ty + 1) * w + tx;
                    for (int x = tx, i = y * w + tx; x < tx + TILE; x++, i++, s++) {
                        double v = pixels[i] & 0xFF;
                        double dxx = smoothRows[s - 1] - 2 * smoothRows[s] + smoothRows[s + 1];
                        double dyy = smoothRows[s - w] - 2 * smoothRows[s] + smoothRows[s + w];
                        sums[0] += v;
                        sums[1] += v * v;
                        sums[2] += dxx;
                        sums[3] += dxx * dxx;
                        sums[4] += dyy;
                        sums[5] += dyy * dyy;
                    }
                }
                double variance = variance(sums[0], sums[1], n);
                across[count] = variance(sums[2], sums[3], n) / variance;
                down[count++] = variance(sums[4], sums[5], n) / variance;
            }
        }
        if (count == 0) {
            return 0;
        }
        return Math.min(percentile(across, count), percentile(down, count)) * 1000;
    }

    private static double greyVariance(byte[] pixels, int w, int tx, int ty) {
        double sum = 0;
        double squares = 0;
        for (int y = ty; y < ty + TILE; y++) {
            for (int i = y * w + tx, end = i + TILE; i < end; i++) {
                double v = pixels[i] & 0xFF;
                sum += v;
                squares += v * v;
            }
        }
        return variance(sum, squares, TILE * TILE);
    }

    private static double percentile(double[] values, int count) {
        Arrays.sort(values, 0, count);
        return values[(int) (count * PERCENTILE)];
    }

    private static double variance(double sum, double squares, int n) {
        return squares / n - (sum / n) * (sum / n);
    }

    /*
     * The Gaussian of σ = 1 (kernel radius 3), separable, edges clamped where a row or column ends: first across
     * each row, then down each column.
     */
    private static final float K0 = 0.39894f;
    private static final float K1 = 0.24203f;
    private static final float K2 = 0.05400f;
    private static final float K3 = 0.00443f;

    /** Row {@code y} of the page smoothed across into {@code out} from {@code offset}. */
    private static void smoothAcross(byte[] in, int w, int y, float[] line, float[] out, int offset) {
        int row = y * w;
        for (int x = -3; x < w + 3; x++) {
            line[x + 3] = in[row + Math.min(w - 1, Math.max(0, x))] & 0xFF;
        }
        for (int x = 0; x < w; x++) {
            out[offset + x] = K0 * line[x + 3] + K1 * (line[x + 2] + line[x + 4])
                    + K2 * (line[x + 1] + line[x + 5]) + K3 * (line[x] + line[x + 6]);
        }
    }

    /**
     * Row {@code y} smoothed down, from rows smoothed across that start with page row {@code firstRow} (rows
     * beyond the page are its first or last row, as the clamped Gaussian wants).
     */
    private static void smoothDown(float[] across, int w, int h, int y, int firstRow, float[] out, int offset) {
        int r0 = (clamp(y, h) - firstRow) * w;
        int up1 = (clamp(y - 1, h) - firstRow) * w;
        int up2 = (clamp(y - 2, h) - firstRow) * w;
        int up3 = (clamp(y - 3, h) - firstRow) * w;
        int dn1 = (clamp(y + 1, h) - firstRow) * w;
        int dn2 = (clamp(y + 2, h) - firstRow) * w;
        int dn3 = (clamp(y + 3, h) - firstRow) * w;
        for (int x = 0; x < w; x++) {
            out[offset + x] = K0 * across[r0 + x] + K1 * (across[up1 + x] + across[dn1 + x])
                    + K2 * (across[up2 + x] + across[dn2 + x]) + K3 * (across[up3 + x] + across[dn3 + x]);
        }
    }

    private static int clamp(int y, int h) {
        return Math.min(h - 1, Math.max(0, y));
    }
}
