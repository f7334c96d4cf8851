package com.merchantonboarding.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Cuts a region of a page out as a small PNG, for officers: the code or the name, in grey as photographed. */
final class Regions {

    /** Around the words, a margin of this many times their height. */
    private static final double MARGIN = 0.4;

    private Regions() {
    }

    /** The box with a margin, cut out of the page and written as PNG; null without a box or for a box too large. */
    static byte[] crop(GreyImage page, LicenceReading.Box box) {
        if (box == null) {
            return null;
        }
        int margin = (int) Math.ceil((box.y1() - box.y0()) * MARGIN);
        int x0 = Math.max(0, box.x0() - margin);
        int y0 = Math.max(0, box.y0() - margin);
        int x1 = Math.min(page.width, box.x1() + margin);
        int y1 = Math.min(page.height, box.y1() + margin);
        boolean tooLarge = (long) (x1 - x0) * (y1 - y0) > (long) page.width * page.height / 4;
        if (x1 <= x0 || y1 <= y0 || tooLarge) {
            return null;
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(page.region(x0, y0, x1 - x0, y1 - y0).toImage(), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }
}
