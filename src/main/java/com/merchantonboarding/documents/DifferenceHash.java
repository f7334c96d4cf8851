package com.merchantonboarding.documents;

/**
 * A perceptual hash of a picture: 64 bits that stay (nearly) the same when the picture is re-encoded, resized or
 * slightly recompressed, and differ in about half their bits for an unrelated picture. The image is averaged down to
 * 9 × 8 grey cells; each bit says whether a cell is brighter than its right-hand neighbour (a "difference hash").
 * Two pictures are near duplicates when few bits differ ({@link #distance}).
 */
public final class DifferenceHash {

    /** At most this many differing bits: the same picture (measured in DifferenceHashTest). */
    public static final int NEAR = 6;
    private static final int COLUMNS = 9;
    private static final int ROWS = 8;

    private DifferenceHash() {
    }

    static long of(GreyImage image) {
        int[] cells = cells(image);
        long hash = 0;
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS - 1; x++) {
                hash <<= 1;
                if (cells[y * COLUMNS + x] > cells[y * COLUMNS + x + 1]) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    /** The number of bits in which two hashes differ (0 to 64). */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The mean grey of each of 9 × 8 cells, each covering its share of the image (scaled by 1024 to keep detail). */
    private static int[] cells(GreyImage image) {
        long[] sums = new long[COLUMNS * ROWS];
        long[] counts = new long[COLUMNS * ROWS];
        for (int y = 0; y < image.height; y++) {
            int row = (int) ((long) y * ROWS / image.height);
            for (int x = 0, i = y * image.width; x < image.width; x++, i++) {
                int cell = row * COLUMNS + (int) ((long) x * COLUMNS / image.width);
                sums[cell] += image.pixels[i] & 0xFF;
                counts[cell]++;
            }
        }
        int[] cells = new int[sums.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = counts[i] == 0 ? 0 : (int) (sums[i] * 1024 / counts[i]);
        }
        return cells;
    }
}
