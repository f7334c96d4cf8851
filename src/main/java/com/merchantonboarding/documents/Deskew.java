package com.merchantonboarding.documents;

/**
 * The angle by which the lines of a black-on-white page are turned, found by projection profiles: turned back by the
 * right angle, the ink falls into few, dense rows, so the sum of squared row counts peaks there.
 */
final class Deskew {

    static final double MAX_ANGLE = 8;
    static final double STEP = 0.25;
    static final double MIN_CORRECTION = 0.5;
    private static final int SAMPLE = 2;

    private Deskew() {
    }

    /** Degrees, positive when the lines fall to the right (clockwise in image coordinates). */
    static double angle(GreyImage binary) {
        int w = binary.width;
        int h = binary.height;
        byte[] data = binary.pixels;
        int count = 0;
        int[] xs = new int[(w / SAMPLE + 1) * (h / SAMPLE + 1)];
        int[] ys = new int[xs.length];
        for (int y = 0; y < h; y += SAMPLE) {
            for (int x = 0; x < w; x += SAMPLE) {
                if (data[y * w + x] == 0) {
                    xs[count] = x;
                    ys[count++] = y;
                }
            }
        }
        double best = 0;
        double bestScore = -1;
        int diagonal = (int) Math.ceil(Math.hypot(w, h));
        long[] rows = new long[2 * diagonal + 1];
        for (double degrees = -MAX_ANGLE; degrees <= MAX_ANGLE + 1e-9; degrees += STEP) {
            double sin = Math.sin(Math.toRadians(degrees));
            double cos = Math.cos(Math.toRadians(degrees));
            java.util.Arrays.fill(rows, 0);
            for (int i = 0; i < count; i++) {
                rows[(int) Math.round(ys[i] * cos - xs[i] * sin) + diagonal]++;
            }
            double score = 0;
            for (long r : rows) {
                score += (double) r * r;
            }
            if (score > bestScore) {
                bestScore = score;
                best = degrees;
            }
        }
        return best;
    }
}
