package com.merchantonboarding.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * A grey image, one byte a pixel (0 black to 255 white): what inspection decodes a document into, once, and what
 * sharpness and OCR preparation share. A quarter of the memory of a colour copy and an eighth of an {@code int}
 * or {@code float} one (docs/inspection.md, "Memory").
 */
final class GreyImage {

    final int width;
    final int height;
    final byte[] pixels;

    GreyImage(int width, int height, byte[] pixels) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("Expected " + width * height + " pixels, got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** The image as grey: shares the pixels of a packed one-byte grey image, converts any other once. */
    static GreyImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && packed(image)) {
            return new GreyImage(w, h, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        }
        byte[] out = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            greyRow(image, y, row);
            for (int x = 0, i = y * w; x < w; x++, i++) {
                out[i] = (byte) row[x];
            }
        }
        return new GreyImage(w, h, out);
    }

    /** Shrunk by area averaging so that the longer side is at most {@code maxLongSide}; this image when it is already. */
    GreyImage shrunk(int maxLongSide) {
        if (Math.max(width, height) <= maxLongSide) {
            return this;
        }
        double scale = (double) maxLongSide / Math.max(width, height);
        int tw = Math.max(1, (int) Math.round(width * scale));
        int th = Math.max(1, (int) Math.round(height * scale));
        int[] column = new int[width];
        int[] perColumn = new int[tw];
        for (int x = 0; x < width; x++) {
            column[x] = (int) ((long) x * tw / width);
            perColumn[column[x]]++;
        }
        byte[] out = new byte[tw * th];
        int[] sums = new int[tw];
        int y = 0;
        for (int ty = 0; ty < th; ty++) {
            Arrays.fill(sums, 0);
            int rows = 0;
            for (; y < height && (int) ((long) y * th / height) == ty; y++, rows++) {
                for (int x = 0, i = y * width; x < width; x++, i++) {
                    sums[column[x]] += pixels[i] & 0xFF;
                }
            }
            for (int tx = 0, o = ty * tw; tx < tw; tx++, o++) {
                int count = Math.max(1, rows * perColumn[tx]);
                out[o] = (byte) ((sums[tx] + count / 2) / count);
            }
        }
        return new GreyImage(tw, th, out);
    }

    /**
     * The image as it is meant to be seen, given its EXIF orientation (1–8): turned by a quarter, half or three
     * quarters, mirrored for 2, 4, 5 and 7. This image itself for 1 or an unknown value.
     */
    GreyImage oriented(int exifOrientation) {
        boolean swap = exifOrientation >= 5 && exifOrientation <= 8;
        if (exifOrientation < 2 || exifOrientation > 8) {
            return this;
        }
        int tw = swap ? height : width;
        int th = swap ? width : height;
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int tx;
                int ty;
                switch (exifOrientation) {
                    case 2 -> { tx = width - 1 - x; ty = y; }
                    case 3 -> { tx = width - 1 - x; ty = height - 1 - y; }
                    case 4 -> { tx = x; ty = height - 1 - y; }
                    case 5 -> { tx = y; ty = x; }
                    case 6 -> { tx = height - 1 - y; ty = x; }
                    case 7 -> { tx = height - 1 - y; ty = width - 1 - x; }
                    default -> { tx = y; ty = width - 1 - x; }
                }
                out[ty * tw + tx] = pixels[y * width + x];
            }
        }
        return new GreyImage(tw, th, out);
    }

    /** Turned clockwise by {@code quarters} quarter turns (EXIF orientations 6, 3 and 8). */
    GreyImage turned(int quarters) {
        return switch (Math.floorMod(quarters, 4)) {
            case 1 -> oriented(6);
            case 2 -> oriented(3);
            case 3 -> oriented(8);
            default -> this;
        };
    }

    /** A copy of the rectangle from ({@code x}, {@code y}), {@code w} × {@code h}, which must lie inside the image. */
    GreyImage region(int x, int y, int w, int h) {
        if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > width || y + h > height) {
            throw new IllegalArgumentException("Region " + w + " × " + h + " at " + x + "," + y + " is outside "
                    + width + " × " + height);
        }
        byte[] out = new byte[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(pixels, (y + row) * width + x, out, row * w, w);
        }
        return new GreyImage(w, h, out);
    }

    /** A {@code TYPE_BYTE_GRAY} image over the same pixels (no copy). */
    BufferedImage toImage() {
        ColorModel grey = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), new int[] {8}, false,
                true, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(pixels, pixels.length), width,
                height, width, 1, new int[] {0}, null);
        return new BufferedImage(grey, raster, false, null);
    }

    /** Drawn at another size with bicubic interpolation (for enlarging; {@link #shrunk} is better for shrinking). */
    GreyImage resized(int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(toImage(), 0, 0, w, h, null);
        g.dispose();
        return of(out);
    }

    /** Whether the raster is the whole of its buffer, row after row, so that it can be read directly. */
    private static boolean packed(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        if (raster.getParent() != null || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0 || raster.getDataBuffer().getOffset() != 0) {
            return false;
        }
        SampleModel model = raster.getSampleModel();
        if (model instanceof ComponentSampleModel component) {
            return component.getScanlineStride() == image.getWidth() * component.getPixelStride();
        }
        return model instanceof SinglePixelPackedSampleModel single && single.getScanlineStride() == image.getWidth();
    }

    /** Luma (ITU-R BT.601, integer weights) of one row, reading the raster directly for the common types. */
    private static void greyRow(BufferedImage image, int y, int[] out) {
        int w = image.getWidth();
        switch (packed(image) ? image.getType() : BufferedImage.TYPE_CUSTOM) {
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
