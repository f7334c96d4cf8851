package com.merchantonboarding.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The copy of a page that Tesseract reads best (docs/inspection.md): grey, {@value #LONG_SIDE} pixels on the longer
 * side (enlarged or shrunk), turned straight, and black on white by a local threshold of a lightly smoothed copy,
 * so that noise, shadows and uneven light on a phone photo do not swallow the text or bury it in specks.
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
        BufferedImage grey = resizedGrey(image);
        double skew = Deskew.angle(threshold(grey));
        if (Math.abs(skew) >= Deskew.MIN_CORRECTION) {
            grey = rotated(grey, -skew);
        }
        return threshold(grey);
    }

    private static BufferedImage resizedGrey(BufferedImage image) {
        int longer = Math.max(image.getWidth(), image.getHeight());
        if (longer > LONG_SIDE) {
            GreyImage shrunk = GreyImage.of(image, LONG_SIDE);
            BufferedImage out = new BufferedImage(shrunk.width, shrunk.height, BufferedImage.TYPE_BYTE_GRAY);
            byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) Math.round(shrunk.pixels[i]);
            }
            return out;
        }
        double scale = (double) LONG_SIDE / longer;
        return drawn(image, (int) Math.round(image.getWidth() * scale), (int) Math.round(image.getHeight() * scale), 0);
    }

    private static BufferedImage rotated(BufferedImage grey, double degrees) {
        return drawn(grey, grey.getWidth(), grey.getHeight(), degrees);
    }

    private static BufferedImage drawn(BufferedImage image, int w, int h, double degrees) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /**
     * Bradley's adaptive threshold over a window of one sixteenth of the width, on a 5 × 5 mean of the image (noise
     * damped), leaving white where the window is flat.
     */
    static BufferedImage threshold(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] source = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        Integral original = new Integral(w, h, i -> source[i] & 0xFF);
        float[] smooth = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                smooth[y * w + x] = (float) original.mean(x, y, SMOOTHING_RADIUS);
            }
        }
        Integral smoothed = new Integral(w, h, i -> smooth[i]);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int half = Math.max(8, w / 32);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double mean = smoothed.mean(x, y, half);
                boolean flat = smoothed.deviation(x, y, half, mean) < MIN_DEVIATION;
                boolean ink = !flat && smooth[y * w + x] < mean * (1 - DARKER_THAN_SURROUNDINGS);
                data[y * w + x] = ink ? 0 : (byte) 255;
            }
        }
        return out;
    }

    /** Sums and sums of squares over rectangles in constant time. */
    private static final class Integral {

        private final int w;
        private final int h;
        private final double[] sums;
        private final double[] squares;

        Integral(int w, int h, java.util.function.IntToDoubleFunction value) {
            this.w = w;
            this.h = h;
            sums = new double[(w + 1) * (h + 1)];
            squares = new double[(w + 1) * (h + 1)];
            for (int y = 0; y < h; y++) {
                double row = 0;
                double rowSquares = 0;
                for (int x = 0; x < w; x++) {
                    double v = value.applyAsDouble(y * w + x);
                    row += v;
                    rowSquares += v * v;
                    sums[(y + 1) * (w + 1) + x + 1] = sums[y * (w + 1) + x + 1] + row;
                    squares[(y + 1) * (w + 1) + x + 1] = squares[y * (w + 1) + x + 1] + rowSquares;
                }
            }
        }

        double mean(int x, int y, int radius) {
            return box(sums, x, y, radius) / area(x, y, radius);
        }

        double deviation(int x, int y, int radius, double mean) {
            return Math.sqrt(Math.max(0, box(squares, x, y, radius) / area(x, y, radius) - mean * mean));
        }

        private double area(int x, int y, int radius) {
            return (double) (Math.min(w, x + radius + 1) - Math.max(0, x - radius))
                    * (Math.min(h, y + radius + 1) - Math.max(0, y - radius));
        }

        private double box(double[] table, int x, int y, int radius) {
            int x0 = Math.max(0, x - radius);
            int x1 = Math.min(w, x + radius + 1);
            int y0 = Math.max(0, y - radius);
            int y1 = Math.min(h, y + radius + 1);
            return table[y1 * (w + 1) + x1] - table[y0 * (w + 1) + x1] - table[y1 * (w + 1) + x0]
                    + table[y0 * (w + 1) + x0];
        }
    }
}
