package com.merchantonboarding.documents;

import java.nio.charset.StandardCharsets;

/**
 * Walks the chunks of a PNG (ISO/IEC 15948) without inflating anything: the IHDR size, the end of the IEND
 * chunk, and signatures of other formats inside ancillary chunks (text, EXIF, ICC profile).
 */
final class PngStructure {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngStructure() {
    }

    static ImageLayout read(byte[] bytes) throws MalformedFileException {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes.length <= i || bytes[i] != SIGNATURE[i]) {
                throw new MalformedFileException("The PNG signature is missing");
            }
        }
        int pos = SIGNATURE.length;
        int width = -1;
        int height = -1;
        String hidden = null;
        while (true) {
            if (pos + 12 > bytes.length) {
                throw new MalformedFileException("The PNG is truncated: it ends before its IEND chunk");
            }
            long length = u32(bytes, pos);
            String type = new String(bytes, pos + 4, 4, StandardCharsets.ISO_8859_1);
            long end = pos + 12 + length;
            if (end > bytes.length) {
                throw new MalformedFileException("The PNG chunk " + printable(type) + " runs past the end of the file");
            }
            int data = pos + 8;
            if (width < 0) {
                if (!type.equals("IHDR") || length < 13) {
                    throw new MalformedFileException("The PNG does not start with an IHDR chunk");
                }
                long w = u32(bytes, data);
                long h = u32(bytes, data + 4);
                if (w == 0 || h == 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
                    throw new MalformedFileException("The PNG declares a size of " + w + " × " + h);
                }
                width = (int) w;
                height = (int) h;
            }
            if (type.equals("IEND")) {
                return new ImageLayout(width, height, (int) end, 1, hidden);
            }
            boolean ancillary = Character.isLowerCase(type.charAt(0));
            if (hidden == null && ancillary) {
                hidden = HiddenContent.signatureIn(bytes, data, data + (int) length);
            }
            pos = (int) end;
        }
    }

    private static String printable(String type) {
        return type.chars().allMatch(c -> c >= 'A' && c <= 'z') ? type : "(unnamed)";
    }

    private static long u32(byte[] bytes, int pos) {
        return ((long) (bytes[pos] & 0xFF) << 24) | ((bytes[pos + 1] & 0xFF) << 16) | ((bytes[pos + 2] & 0xFF) << 8)
                | (bytes[pos + 3] & 0xFF);
    }
}
