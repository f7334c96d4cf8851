package com.merchantonboarding.documents;

/**
 * A picture's mean grey in 32 × 32 cells (1,024 bytes): fine enough to tell two licences of one printed template
 * apart by their names and codes, which the 64-bit {@link DifferenceHash} cannot (measured: distance 0 between two
 * clean scans of different licences), and coarse enough that re-encoding or resizing moves no cell by more than a
 * few grey levels. A near {@link DifferenceHash} is confirmed with it before two documents are called the same
 * picture.
 */
public final class PictureGrid {

    static final int SIDE = 32;
    /**
     * At most this many grey levels between any two cells (after the pictures' mean brightness is levelled): the
     * same picture. Measured in DifferenceHashTest: a clean scan re-encoded at JPEG quality 0.5 and resized to 60 % 5
     * (a phone photo 1–2); another name on the same template 23, another code 14.
     */
    static final int SAME = 9;

    private PictureGrid() {
    }

    static byte[] of(GreyImage image) {
        long[] sums = new long[SIDE * SIDE];
        long[] counts = new long[SIDE * SIDE];
        for (int y = 0; y < image.height; y++) {
            int row = (int) ((long) y * SIDE / image.height);
            for (int x = 0, i = y * image.width; x < image.width; x++, i++) {
                int cell = row * SIDE + (int) ((long) x * SIDE / image.width);
                sums[cell] += image.pixels[i] & 0xFF;
                counts[cell]++;
            }
        }
        byte[] grid = new byte[SIDE * SIDE];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (byte) (counts[i] == 0 ? 0 : (sums[i] + counts[i] / 2) / counts[i]);
        }
        return grid;
    }

    /** The largest difference between two cells in the same place, once the mean brightness is levelled. */
    static int largestDifference(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return 255;
        }
        long offset = 0;
        for (int i = 0; i < a.length; i++) {
            offset += (a[i] & 0xFF) - (b[i] & 0xFF);
        }
        double mean = (double) offset / a.length;
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs((a[i] & 0xFF) - (b[i] & 0xFF) - mean));
        }
        return (int) Math.round(largest);
    }

    /** The same picture: the grids differ by at most {@link #SAME} grey levels anywhere. */
    public static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && largestDifference(a, b) <= SAME;
    }
}
