package com.merchantonboarding.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The copy of a page that Tesseract reads best (docs/inspection.md): grey, {@value #LONG_SIDE} pixels on the longer
 * side (enlarged or shrunk), turned straight, and black on white by a local threshold of a lightly smoothed copy,
 * so that noise, shadows and uneven light on a phone photo do not swallow the text or bury it in specks.
 *
 * <p>Memory: the grey page, its smoothed copy and the result, one byte a pixel each (about 13 MB for a page of
 * 2400 × 1800); the window sums run along the rows, so they need a few rows' worth, not a table of the page.
 */
final class OcrImage {

    static final int LONG_SIDE = 2400;
    /** A pixel is ink when it is this much darker than the mean around it. */
    private static final double DARKER_THAN_SURROUNDINGS = 0.15;
    /** Where the grey levels around vary less than this, there is no text: paper, table, shadow. */
    private static final double MIN_DEVIATION = 10;
    private static final int SMOOTHING_RADIUS = 2;

    private OcrImage() {
    }

    static BufferedImage prepare(BufferedImage image) {
        return prepare(GreyImage.of(image));
    }

    static BufferedImage prepare(GreyImage page) {
        GreyImage grey = resized(page);
        double skew = Deskew.angle(threshold(grey));
        if (Math.abs(skew) >= Deskew.MIN_CORRECTION) {
            grey = rotated(grey, -skew);
        }
        return threshold(grey).toImage();
    }

    /** Bytes of memory that preparing a page of this size takes at its peak (grey, smoothed, result, rotated). */
    static long bytesNeeded(int width, int height) {
        double scale = (double) LONG_SIDE / Math.max(1, Math.max(width, height));
        long pixels = Math.round(width * scale) * Math.round(height * scale);
        return 4 * pixels;
    }

    private static GreyImage resized(GreyImage page) {
        int longer = Math.max(page.width, page.height);
        if (longer >= LONG_SIDE) {
            return page.shrunk(LONG_SIDE);
        }
        double scale = (double) LONG_SIDE / longer;
        return page.resized((int) Math.round(page.width * scale), (int) Math.round(page.height * scale));
    }

    private static GreyImage rotated(GreyImage grey, double degrees) {
        int w = grey.width;
        int h = grey.height;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
        g.drawImage(grey.toImage(), 0, 0, null);
        g.dispose();
        return GreyImage.of(out);
    }

    /**
     * Bradley's adaptive threshold over a window of one sixteenth of the width, on a 5 × 5 mean of the image (noise
     * damped), leaving white where the window is flat.
     */
    static GreyImage threshold(GreyImage grey) {
        int w = grey.width;
        int h = grey.height;
        byte[] smooth = boxMean(grey.pixels, w, h, SMOOTHING_RADIUS);
        byte[] out = new byte[w * h];
        int half = Math.max(8, w / 32);
        WindowSums window = new WindowSums(smooth, w, h, half);
        double minVariance = MIN_DEVIATION * MIN_DEVIATION;
        for (int y = 0; y < h; y++) {
            window.moveTo(y);
            for (int x = 0, i = y * w; x < w; x++, i++) {
                double area = window.area(x);
                double mean = window.sum(x) / area;
                double variance = window.squares(x) / area - mean * mean;
                boolean ink = variance >= minVariance && (smooth[i] & 0xFF) < mean * (1 - DARKER_THAN_SURROUNDINGS);
                out[i] = ink ? 0 : (byte) 255;
            }
        }
        return new GreyImage(w, h, out);
    }

    /** The mean over a (2r+1)² window, edges cut off, rounded to a byte. */
    private static byte[] boxMean(byte[] in, int w, int h, int radius) {
        byte[] out = new byte[in.length];
        WindowSums window = new WindowSums(in, w, h, radius);
        for (int y = 0; y < h; y++) {
            window.moveTo(y);
            for (int x = 0, i = y * w; x < w; x++, i++) {
                out[i] = (byte) Math.round(window.sum(x) / (double) window.area(x));
            }
        }
        return out;
    }

    /**
     * Sums of values and of squares over the window of {@code radius} around each pixel of one row, for the rows
     * in order: column sums over the window's rows are kept up to date as the row moves down, and a running sum
     * along them gives each window in constant time.
     */
    private static final class WindowSums {

        private final byte[] pixels;
        private final int w;
        private final int h;
        private final int radius;
        private final long[] columnSums;
        private final long[] columnSquares;
        private final long[] prefixSums;
        private final long[] prefixSquares;
        private int top;
        private int bottom;
        private int rows;

        WindowSums(byte[] pixels, int w, int h, int radius) {
            this.pixels = pixels;
            this.w = w;
            this.h = h;
            this.radius = radius;
            columnSums = new long[w];
            columnSquares = new long[w];
            prefixSums = new long[w + 1];
            prefixSquares = new long[w + 1];
            top = 0;
            bottom = 0;
        }

        /** Makes the window rows those of row {@code y} (rows must come in increasing order). */
        void moveTo(int y) {
            int wantTop = Math.max(0, y - radius);
            int wantBottom = Math.min(h, y + radius + 1);
            while (bottom < wantBottom) {
                add(bottom++, 1);
            }
            while (top < wantTop) {
                add(top++, -1);
            }
            rows = bottom - top;
            for (int x = 0; x < w; x++) {
                prefixSums[x + 1] = prefixSums[x] + columnSums[x];
                prefixSquares[x + 1] = prefixSquares[x] + columnSquares[x];
            }
        }

        private void add(int row, int sign) {
            for (int x = 0, i = row * w; x < w; x++, i++) {
                int v = pixels[i] & 0xFF;
                columnSums[x] += sign * v;
                columnSquares[x] += sign * v * v;
            }
        }

        long sum(int x) {
            return prefixSums[right(x)] - prefixSums[left(x)];
        }

        long squares(int x) {
            return prefixSquares[right(x)] - prefixSquares[left(x)];
        }

        int area(int x) {
            return (right(x) - left(x)) * rows;
        }

        private int left(int x) {
            return Math.max(0, x - radius);
        }

        private int right(int x) {
            return Math.min(w, x + radius + 1);
        }
    }
}
