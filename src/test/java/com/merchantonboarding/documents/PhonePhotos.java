package com.merchantonboarding.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.util.Random;

/**
 * What phones and office scanners make of a licence, deterministic by seed: perspective, uneven light and shadow,
 * sensor noise, JPEG at quality 55–75, small and normal sizes, a few degrees of tilt, the page sideways or upside down
 * with and without an EXIF {@code Orientation}, and greyscale scans in a PDF.
 */
final class PhonePhotos {

    /** The ways a licence reaches us. */
    enum Condition {
        KEYSTONE("keystone perspective"),
        SHADOW("uneven light, shadow"),
        SMALL("shorter side 600–700 px"),
        TILTED("tilted 2–6°"),
        SIDEWAYS_EXIF("sideways, EXIF orientation"),
        UPSIDE_DOWN_EXIF("upside down, EXIF orientation"),
        SIDEWAYS_NO_EXIF("sideways, no EXIF"),
        UPSIDE_DOWN_NO_EXIF("upside down, no EXIF"),
        PDF_SCAN("greyscale PDF scan, skewed");

        final String label;

        Condition(String label) {
            this.label = label;
        }
    }

    /** Sizes phones save (4:3), besides the small ones chat apps and web forms leave. */
    private static final int[][] PHONE_SIZES = {{1600, 1200}, {1920, 1440}, {2048, 1536}};

    private PhonePhotos() {
    }

    /** The file a merchant uploads of {@code licence} in {@code condition}. */
    static byte[] take(Condition condition, LicenceRenderer.Licence licence, long seed) {
        Random random = new Random(seed);
        if (condition == Condition.PDF_SCAN) {
            return scan(licence, random);
        }
        int[] size = PHONE_SIZES[random.nextInt(PHONE_SIZES.length)];
        int width = size[0];
        int height = size[1];
        if (condition == Condition.SMALL) {
            height = 600 + random.nextInt(101);
            width = height * 4 / 3;
        }
        double degrees = switch (condition) {
            case TILTED -> sign(random) * (2 + 4 * random.nextDouble());
            default -> sign(random) * 1.5 * random.nextDouble();
        };
        double keystone = condition == Condition.KEYSTONE ? 0.06 + 0.08 * random.nextDouble() : 0.02 * random.nextDouble();
        // Photographed larger and then saved at the phone's size, as a camera does.
        int work = Math.max(width, 1600);
        int workHeight = work * height / width;
        BufferedImage page = NationalLicenceRenderer.render(licence, (int) Math.round(work * 0.9));
        BufferedImage photo = onTable(page, work, workHeight, degrees, keystone, random);
        light(photo, random, condition == Condition.SHADOW);
        noise(photo, 3 + 5 * random.nextDouble(), random);
        if (work != width) {
            photo = Distortions.resize(photo, width);
        }
        int turn = switch (condition) {
            case SIDEWAYS_EXIF, SIDEWAYS_NO_EXIF -> random.nextBoolean() ? 90 : 270;
            case UPSIDE_DOWN_EXIF, UPSIDE_DOWN_NO_EXIF -> 180;
            default -> 0;
        };
        BufferedImage stored = turn == 0 ? photo : rotate(photo, turn);
        byte[] jpeg = Encodings.jpeg(stored, 0.55f + 0.20f * random.nextFloat());
        boolean exif = condition == Condition.SIDEWAYS_EXIF || condition == Condition.UPSIDE_DOWN_EXIF;
        return exif ? withOrientation(jpeg, orientationToUndo(turn)) : jpeg;
    }

    /** The EXIF Orientation that tells a viewer how to show pixels turned clockwise by {@code degrees} upright. */
    static int orientationToUndo(int degrees) {
        return switch (degrees) {
            case 0 -> 1;
            case 90 -> 8;   // the viewer turns 90° counter-clockwise
            case 180 -> 3;
            case 270 -> 6;  // the viewer turns 90° clockwise: a phone held sideways
            default -> throw new IllegalArgumentException("" + degrees);
        };
    }

    /** The licence on a table: turned by {@code degrees}, its top edge narrowed by {@code keystone} (a fraction). */
    private static BufferedImage onTable(BufferedImage page, int width, int height, double degrees, double keystone,
            Random random) {
        double fill = 0.78 + 0.12 * random.nextDouble();
        double pageWidth = width * fill;
        double pageHeight = Math.min(pageWidth / NationalLicenceRenderer.ASPECT, height * 0.92);
        pageWidth = Math.min(pageWidth, pageHeight * NationalLicenceRenderer.ASPECT);
        double cx = width / 2.0 + (random.nextDouble() - 0.5) * (width - pageWidth) * 0.5;
        double cy = height / 2.0 + (random.nextDouble() - 0.5) * (height - pageHeight) * 0.5;
        double inset = pageWidth * keystone / 2;
        // Corners of the page in the photo, top-left, top-right, bottom-right, bottom-left (keystone: top is farther).
        double[][] corners = {
                {-pageWidth / 2 + inset, -pageHeight / 2}, {pageWidth / 2 - inset, -pageHeight / 2},
                {pageWidth / 2, pageHeight / 2}, {-pageWidth / 2, pageHeight / 2}};
        double radians = Math.toRadians(degrees);
        double[] dst = new double[8];
        for (int i = 0; i < 4; i++) {
            double x = corners[i][0];
            double y = corners[i][1];
            dst[2 * i] = cx + x * Math.cos(radians) - y * Math.sin(radians);
            dst[2 * i + 1] = cy + x * Math.sin(radians) + y * Math.cos(radians);
        }
        int pw = page.getWidth();
        int ph = page.getHeight();
        double[] src = {0, 0, pw - 1, 0, pw - 1, ph - 1, 0, ph - 1};
        double[] h = homography(dst, src);
        int[] pagePixels = page.getRGB(0, 0, pw, ph, null, 0, pw);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int tableBase = 70 + random.nextInt(60);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double w = h[6] * x + h[7] * y + 1;
                double sx = (h[0] * x + h[1] * y + h[2]) / w;
                double sy = (h[3] * x + h[4] * y + h[5]) / w;
                if (sx >= 0 && sy >= 0 && sx < pw - 1 && sy < ph - 1) {
                    pixels[y * width + x] = bilinear(pagePixels, pw, sx, sy);
                } else {
                    int t = tableBase + (x + y) * 30 / (width + height) + ((x / 7 + y / 11) % 5);
                    pixels[y * width + x] = (clamp(t + 25) << 16) | (clamp(t + 10) << 8) | clamp(t - 5);
                }
            }
        }
        return out;
    }

    /** Light falling off from one side and, with {@code shadow}, a soft shadow (a phone or a hand) across a part. */
    private static void light(BufferedImage image, Random random, boolean shadow) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        double lx = random.nextDouble() * width;
        double ly = random.nextDouble() * height;
        double reach = Math.hypot(width, height);
        double darkest = shadow ? 0.62 : 0.78;
        // The shadow's edge: a line through the page, soft over a few percent of the width.
        double angle = random.nextDouble() * Math.PI;
        double nx = Math.cos(angle);
        double ny = Math.sin(angle);
        double offset = (random.nextDouble() - 0.5) * 0.4 * width;
        double softness = 0.03 * width;
        double depth = 0.5 + 0.15 * random.nextDouble();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double falloff = 1.05 - (1.05 - darkest) * Math.hypot(x - lx, y - ly) / reach;
                double factor = falloff;
                if (shadow) {
                    double d = (x - width / 2.0) * nx + (y - height / 2.0) * ny - offset;
                    double inShadow = 1 / (1 + Math.exp(-d / softness));
                    factor *= 1 - (1 - depth) * inShadow;
                }
                int p = pixels[y * width + x];
                // Shade is bluish and dimmer; lamp light slightly warm.
                pixels[y * width + x] = (clamp((int) (((p >> 16) & 255) * factor)) << 16)
                        | (clamp((int) (((p >> 8) & 255) * factor)) << 8) | clamp((int) ((p & 255) * factor * 1.02));
            }
        }
    }

    private static void noise(BufferedImage image, double sigma, Random random) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        // A table of Gaussian values drawn once and read from random places: per-channel noise at a fraction of the
        // cost of three nextGaussian() calls a pixel (a 3 MP photo took 0.3 s).
        int[] table = new int[65536];
        for (int i = 0; i < table.length; i++) {
            table[i] = (int) Math.round(random.nextGaussian() * sigma);
        }
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int r = random.nextInt();
            pixels[i] = (clamp(((p >> 16) & 255) + table[r & 0xFFFF]) << 16)
                    | (clamp(((p >> 8) & 255) + table[(r >>> 16)]) << 8)
                    | clamp((p & 255) + table[(r >>> 8) & 0xFFFF]);
        }
    }

    /** An office scanner: grey, white lid around the page, the page skewed by under two degrees, 150–200 dpi. */
    private static byte[] scan(LicenceRenderer.Licence printed, Random random) {
        int width = 1750 + random.nextInt(600);
        BufferedImage licence = NationalLicenceRenderer.render(printed, width);
        int height = (int) Math.round(width / NationalLicenceRenderer.ASPECT);
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(245, 245, 245));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        AffineTransform place = new AffineTransform();
        place.translate(width / 2.0, height / 2.0);
        place.rotate(Math.toRadians(sign(random) * (0.4 + 1.4 * random.nextDouble())));
        double scale = 0.96 * width / licence.getWidth();
        place.scale(scale, scale);
        place.translate(-licence.getWidth() / 2.0, -licence.getHeight() / 2.0);
        g.drawImage(licence, place, null);
        g.dispose();
        byte[] pixels = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) clamp((pixels[i] & 255) + (int) Math.round(random.nextGaussian() * 3));
        }
        return TestPdfs.scanned(grey);
    }

    private static BufferedImage rotate(BufferedImage image, int degrees) {
        boolean swap = degrees % 180 != 0;
        int width = swap ? image.getHeight() : image.getWidth();
        int height = swap ? image.getWidth() : image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        AffineTransform turn = new AffineTransform();
        turn.translate(width / 2.0, height / 2.0);
        turn.rotate(Math.toRadians(degrees));
        turn.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
        g.drawImage(image, turn, null);
        g.dispose();
        return out;
    }

    /**
     * The JPEG with an APP1 Exif segment holding only IFD0's Orientation tag, in place of the JFIF APP0 segment, as
     * phones write it (big-endian TIFF header, one IFD entry of type SHORT).
     */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        if ((jpeg[0] & 255) != 0xFF || (jpeg[1] & 255) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG");
        }
        int rest = 2;
        if ((jpeg[2] & 255) == 0xFF && (jpeg[3] & 255) == 0xE0) {
            rest = 4 + (((jpeg[4] & 255) << 8) | (jpeg[5] & 255));
        }
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8,                  // header, IFD0 at offset 8
                0, 1,                                       // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
                0, 0, 0, 0};                                // no next IFD
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 64);
        out.write(0xFF);
        out.write(0xD8);
        int length = 2 + 6 + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 255);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff);
        out.write(jpeg, rest, jpeg.length - rest);
        return out.toByteArray();
    }

    /** The 3 × 3 projective map (h[8] = 1) taking the four points {@code from} to {@code to}. */
    static double[] homography(double[] from, double[] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[2 * i];
            double y = from[2 * i + 1];
            double u = to[2 * i];
            double v = to[2 * i + 1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c < 9; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        return h;
    }

    private static int bilinear(int[] pixels, int width, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        int p00 = pixels[y0 * width + x0];
        int p10 = pixels[y0 * width + x0 + 1];
        int p01 = pixels[(y0 + 1) * width + x0];
        int p11 = pixels[(y0 + 1) * width + x0 + 1];
        int result = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = ((p00 >> shift) & 255) * (1 - fx) + ((p10 >> shift) & 255) * fx;
            double bottom = ((p01 >> shift) & 255) * (1 - fx) + ((p11 >> shift) & 255) * fx;
            result |= clamp((int) Math.round(top * (1 - fy) + bottom * fy)) << shift;
        }
        return result;
    }

    private static double sign(Random random) {
        return random.nextBoolean() ? 1 : -1;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
