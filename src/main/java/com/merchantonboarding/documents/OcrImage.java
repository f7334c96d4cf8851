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
    /** A patch of ink wider or taller than this part of the page is not text ({@link #withoutLargeBlots}). */
    static final double LARGEST_INK_SPAN = 0.3;
    private static final byte INK = 0;
    private static final byte WHITE = (byte) 255;
    /** Ink already looked at by {@link #withoutLargeBlots}; never a value the threshold gives. */
    private static final byte VISITED = 1;

    private OcrImage() {
    }

    /**
     * A page ready for OCR: black on white for Tesseract's layout analysis, and the grey it was made from (same
     * size, same straightening) for a closer look at a small region, where the strokes the threshold merged or
     * broke are still there, and for the regions shown to officers.
     */
    record Page(BufferedImage binary, GreyImage grey) {

        /** Both turned clockwise by quarter turns. */
        Page turned(int quarters) {
            return new Page(GreyImage.of(binary).turned(quarters).toImage(), grey.turned(quarters));
        }
    }

    static Page prepare(BufferedImage image) {
        return prepare(GreyImage.of(image));
    }

    static Page prepare(GreyImage page) {
        GreyImage grey = resized(page);
        GreyImage binary = threshold(grey);
        // Straightened by the long lines (the licence's frame among them), which the blots' removal then takes away.
        double skew = Deskew.angle(binary);
        if (Math.abs(skew) >= Deskew.MIN_CORRECTION) {
            grey = rotated(grey, -skew);
            binary = threshold(grey);
        }
        return new Page(withoutLargeBlots(binary).toImage(), grey);
    }

    /**
     * The black-on-white page without its large blots: every connected patch of ink (eight neighbours) that spans
     * more than {@value #LARGEST_INK_SPAN} of the page's width or height is made white. On a phone photo the
     * threshold turns the dark background next to the paper's edge into a ragged band of ink around the page, and
     * the table's corners into wedges; Tesseract spent seconds segmenting them and read words into them. Characters,
     * the QR code and the seal are far smaller; the licence's own frame goes too, which Tesseract does not need.
     * Changes the given image's pixels.
     */
    static GreyImage withoutLargeBlots(GreyImage binary) {
        int w = binary.width;
        int h = binary.height;
        byte[] pixels = binary.pixels;
        IntStack stack = new IntStack();
        int[] extent = new int[4];
        for (int start = 0; start < pixels.length; start++) {
            if (pixels[start] != INK) {
                continue;
            }
            fill(pixels, w, h, start, INK, VISITED, stack, extent);
            if (extent[2] - extent[0] + 1 > w * LARGEST_INK_SPAN || extent[3] - extent[1] + 1 > h * LARGEST_INK_SPAN) {
                fill(pixels, w, h, start, VISITED, WHITE, stack, extent);
            }
        }
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] == VISITED) {
                pixels[i] = INK;
            }
        }
        return binary;
    }

    /**
     * Sets the eight-connected patch of {@code from} pixels at {@code start} to {@code to}, a row's run at a time
     * (the stack holds where runs on the rows above and below start, not every pixel), and puts its extent in
     * {@code extent} (x0, y0, x1, y1).
     */
    private static void fill(byte[] pixels, int w, int h, int start, byte from, byte to, IntStack stack,
            int[] extent) {
        extent[0] = w;
        extent[1] = h;
        extent[2] = -1;
        extent[3] = -1;
        stack.size = 0;
        stack.push(start);
        while (stack.size > 0) {
            int p = stack.items[--stack.size];
            if (pixels[p] != from) {
                continue;
            }
            int y = p / w;
            int row = y * w;
            int left = p - row;
            int right = left;
            while (left > 0 && pixels[row + left - 1] == from) {
                left--;
            }
            while (right < w - 1 && pixels[row + right + 1] == from) {
                right++;
            }
            for (int x = left; x <= right; x++) {
                pixels[row + x] = to;
            }
            extent[0] = Math.min(extent[0], left);
            extent[1] = Math.min(extent[1], y);
            extent[2] = Math.max(extent[2], right);
            extent[3] = Math.max(extent[3], y);
            for (int ny = y - 1; ny <= y + 1; ny += 2) {
                if (ny < 0 || ny >= h) {
                    continue;
                }
                boolean inRun = false;
                for (int x = Math.max(0, left - 1), last = Math.min(w - 1, right + 1); x <= last; x++) {
                    boolean match = pixels[ny * w + x] == from;
                    if (match && !inRun) {
                        stack.push(ny * w + x);
                    }
                    inRun = match;
                }
            }
        }
    }

    /** A growable stack of pixel indexes, reused from patch to patch. */
    private static final class IntStack {
        int[] items = new int[256];
        int size;

        void push(int item) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }
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
        int[] left = new int[w];
        int[] right = new int[w];
        bounds(w, half, left, right);
        double lighter = 1 - DARKER_THAN_SURROUNDINGS;
        double minVariance = MIN_DEVIATION * MIN_DEVIATION;
        for (int y = 0; y < h; y++) {
            window.moveTo(y);
            long[] sums = window.prefixSums;
            long[] squares = window.prefixSquares;
            int rows = window.rows;
            for (int x = 0, i = y * w; x < w; x++, i++) {
                // Without divisions: n·Σv² − (Σv)² ≥ σ²·n² is "deviation at least σ", v·n < 0.85·Σv is "darker".
                double n = (double) (right[x] - left[x]) * rows;
                double sum = sums[right[x]] - sums[left[x]];
                double sumOfSquares = squares[right[x]] - squares[left[x]];
                boolean ink = n * sumOfSquares - sum * sum >= minVariance * n * n
                        && (smooth[i] & 0xFF) * n < lighter * sum;
                out[i] = ink ? 0 : (byte) 255;
            }
        }
        return new GreyImage(w, h, out);
    }

    /** The mean over a (2r+1)² window, edges cut off, rounded to a byte. */
    private static byte[] boxMean(byte[] in, int w, int h, int radius) {
        byte[] out = new byte[in.length];
        WindowSums window = new WindowSums(in, w, h, radius);
        int[] left = new int[w];
        int[] right = new int[w];
        bounds(w, radius, left, right);
        for (int y = 0; y < h; y++) {
            window.moveTo(y);
            long[] sums = window.prefixSums;
            int rows = window.rows;
            for (int x = 0, i = y * w; x < w; x++, i++) {
                int n = (right[x] - left[x]) * rows;
                out[i] = (byte) ((sums[right[x]] - sums[left[x]] + n / 2) / n);
            }
        }
        return out;
    }

    /** For each column, where its window starts and ends (edges cut off). */
    private static void bounds(int w, int radius, int[] left, int[] right) {
        for (int x = 0; x < w; x++) {
            left[x] = Math.max(0, x - radius);
            right[x] = Math.min(w, x + radius + 1);
        }
    }

    /**
     * Sums of values and of squares over the window rows of one row, for the rows in order: column sums over the
     * window's rows are kept up to date as the row moves down, and their running sums along the row
     * ({@link #prefixSums}, {@link #prefixSquares}) give each window in constant time.
     */
    private static final class WindowSums {

        private final byte[] pixels;
        private final int w;
        private final int h;
        private final int radius;
        private final long[] columnSums;
        private final long[] columnSquares;
        final long[] prefixSums;
        final long[] prefixSquares;
        private int top;
        private int bottom;
        int rows;

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
    }
}
