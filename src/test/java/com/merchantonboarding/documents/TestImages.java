package com.merchantonboarding.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Images for inspection tests: the ID-like image the journey tests upload, licences, blank and committed files. */
final class TestImages {

    private TestImages() {
    }

    /** The image every journey test uploads (support.TestFiles): a line of text and a frame. */
    static byte[] idLike() {
        return com.merchantonboarding.support.TestFiles.jpeg(1200, 800);
    }

    static byte[] blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return Encodings.jpeg(image, 0.9f);
    }

    static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
