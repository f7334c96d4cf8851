package com.merchantonboarding.documents;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * A grey copy of an image as floats (0 black to 255 white), shrunk by area averaging so that its longer side is
 * at most a given size (never enlarged). Transparent pixels are put on white, as they are shown.
 */
final class GreyImage {

    final int width;
    final int height;
    final float[] pixels;

    private GreyImage(int width, int height, float[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    static GreyImage of(BufferedImage image, int maxLongSide) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, (double) maxLongSide / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        float[] sums = new float[tw * th];
        int[] counts = new int[tw * th];
        int[] column = new int[w];
        for (int x = 0; x < w; x++) {
            column[x] = (int) ((long) x * tw / w);
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            greyRow(image, y, row);
            int offset = (int) ((long) y * th / h) * tw;
            for (int x = 0; x < w; x++) {
                sums[offset + column[x]] += row[x];
                counts[offset + column[x]]++;
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= Math.max(1, counts[i]);
        }
        return new GreyImage(tw, th, sums);
    }

    /** Luma (ITU-R BT.601, integer weights) of one row, reading the raster directly for the common types. */
    private static void greyRow(BufferedImage image, int y, int[] out) {
        int w = image.getWidth();
        switch (image.getType()) {
            case BufferedImage.TYPE_BYTE_GRAY -> {
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    out[x] = data[i] & 0xFF;
                }
            }
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                for (int x = 0, i = y * w * 3; x < w; x++, i += 3) {
                    out[x] = luma(data[i + 2] & 0xFF, data[i + 1] & 0xFF, data[i] & 0xFF);
                }
            }
            case BufferedImage.TYPE_INT_RGB -> {
                int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    out[x] = luma(data[i]);
                }
            }
            default -> {
                image.getRGB(0, y, w, 1, out, 0, w);
                for (int x = 0; x < w; x++) {
                    int argb = out[x];
                    int alpha = argb >>> 24;
                    out[x] = (luma(argb) * alpha + 255 * (255 - alpha)) / 255;
                }
            }
        }
    }

    private static int luma(int rgb) {
        return luma((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private static int luma(int r, int g, int b) {
        return (299 * r + 587 * g + 114 * b) / 1000;
    }
}
