package com.merchantonboarding.documents;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferInt;
import java.awt.image.Kernel;
import java.util.Random;

/** What cameras and scanners do to a document: rotation, background, uneven light, noise, blur, resolution. */
final class Distortions {

    private Distortions() {
    }

    /** A phone photo: the document turned by {@code degrees} on a table, lit unevenly, with sensor noise (σ grey levels). */
    static BufferedImage photo(BufferedImage document, double degrees, double noise, long seed) {
        int width = Math.round(document.getWidth() * 1.15f);
        int height = Math.round(document.getHeight() * 1.2f);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 100, 80), width, height, new Color(70, 60, 50)));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform turn = new AffineTransform();
        turn.translate(width / 2.0, height / 2.0);
        turn.rotate(Math.toRadians(degrees));
        turn.translate(-document.getWidth() / 2.0, -document.getHeight() / 2.0);
        g.drawImage(document, turn, null);
        g.setPaint(new RadialGradientPaint(width * 0.3f, height * 0.3f, width * 0.8f, new float[] {0f, 1f},
                new Color[] {new Color(255, 255, 255, 0), new Color(0, 0, 0, 70)}));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return noise > 0 ? noise(out, noise, seed) : out;
    }

    static BufferedImage noise(BufferedImage image, double sigma, long seed) {
        Random random = new Random(seed);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int n = (int) Math.round(random.nextGaussian() * sigma);
            int p = pixels[i];
            pixels[i] = (clamp(((p >> 16) & 255) + n) << 16) | (clamp(((p >> 8) & 255) + n) << 8) | clamp((p & 255) + n);
        }
        return image;
    }

    /** A Gaussian blur of standard deviation {@code sigma} pixels (out of focus). */
    static BufferedImage blur(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(sigma * 3);
        float[] kernel = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
        BufferedImage rgb = copy(image);
        BufferedImage across = new ConvolveOp(new Kernel(kernel.length, 1, kernel), ConvolveOp.EDGE_NO_OP, null)
                .filter(rgb, null);
        return new ConvolveOp(new Kernel(1, kernel.length, kernel), ConvolveOp.EDGE_NO_OP, null).filter(across, null);
    }

    /** A horizontal motion blur over {@code length} pixels (a shaking hand). */
    static BufferedImage motionBlur(BufferedImage image, int length) {
        float[] kernel = new float[length];
        java.util.Arrays.fill(kernel, 1f / length);
        return new ConvolveOp(new Kernel(length, 1, kernel), ConvolveOp.EDGE_NO_OP, null).filter(copy(image), null);
    }

    /** The same picture {@code width} pixels wide. */
    static BufferedImage resize(BufferedImage image, int width) {
        int height = Math.round((float) image.getHeight() * width / image.getWidth());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** Darker and flatter, as in a dim room: contrast scaled by {@code factor} around a grey. */
    static BufferedImage dim(BufferedImage image, double factor) {
        BufferedImage out = copy(image);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            pixels[i] = (flat(p >> 16, factor) << 16) | (flat(p >> 8, factor) << 8) | flat(p, factor);
        }
        return out;
    }

    private static int flat(int channel, double factor) {
        return clamp((int) Math.round(40 + ((channel & 255) - 40) * factor));
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
