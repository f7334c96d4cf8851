package com.merchantonboarding.documents;

import java.nio.charset.StandardCharsets;

/**
 * Finds another file hidden in or behind an accepted one (a polyglot): bytes after the end of an image or a
 * PDF, an archive signature inside metadata, or a ZIP directory at the very end (ZIP readers look there, so
 * any file ending in one is also a ZIP archive).
 */
final class HiddenContent {

    /** Bytes of other data, starting at {@code offset}. */
    record Found(String kind, int offset, int length) {
        String describe() {
            return length + " bytes of other content (" + kind + ")";
        }
    }

    private static final int ZIP_END_RECORD = 22;
    private static final int ZIP_MAX_COMMENT = 0xFFFF;
    private static final int MAX_APPENDED_IMAGES = 8;

    private static final byte[][] SIGNATURES = {
            {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'R', 'a', 'r', '!', 0x1A, 0x07},
            {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}, {'%', 'P', 'D', 'F', '-'}};
    private static final String[] SIGNATURE_KINDS = {"a ZIP archive", "a ZIP archive", "a RAR archive",
            "a 7-Zip archive", "a PDF document"};

    private HiddenContent() {
    }

    /** The kind of file whose signature appears in {@code bytes[from, to)}, or null. */
    static String signatureIn(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            for (int s = 0; s < SIGNATURES.length; s++) {
                if (matches(bytes, i, to, SIGNATURES[s])) {
                    return SIGNATURE_KINDS[s];
                }
            }
        }
        return null;
    }

    /**
     * What follows the content that ends at {@code end}. Padding (zero or 0xFF bytes) is harmless, and so are
     * further complete JPEG images after a JPEG: cameras append them (CIPA DC-007 multi-picture files, HDR gain
     * maps). Anything else is reported.
     */
    static Found after(byte[] bytes, int end, boolean jpegImagesAllowed) {
        int pos = end;
        int appended = 0;
        while (pos < bytes.length) {
            if (jpegImagesAllowed && appended < MAX_APPENDED_IMAGES && JpegStructure.startsAt(bytes, pos)) {
                try {
                    ImageLayout next = JpegStructure.read(bytes, pos);
                    if (next.hiddenContent() != null) {
                        return new Found(next.hiddenContent(), pos, bytes.length - pos);
                    }
                    pos = next.end();
                    appended++;
                    continue;
                } catch (MalformedFileException e) {
                    return new Found("a damaged JPEG image", pos, bytes.length - pos);
                }
            }
            return isPadding(bytes, pos) ? null : new Found(kindAt(bytes, pos), pos, bytes.length - pos);
        }
        return null;
    }

    /** Whether the file ends with a ZIP end-of-central-directory record whose comment reaches the last byte. */
    static boolean endsWithZipDirectory(byte[] bytes) {
        int lowest = Math.max(0, bytes.length - ZIP_END_RECORD - ZIP_MAX_COMMENT);
        for (int i = bytes.length - ZIP_END_RECORD; i >= lowest; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                int commentLength = (bytes[i + 20] & 0xFF) | ((bytes[i + 21] & 0xFF) << 8);
                if (i + ZIP_END_RECORD + commentLength == bytes.length) {
                    return true;
                }
            }
        }
        return false;
    }

    static String kindAt(byte[] bytes, int pos) {
        for (int s = 0; s < SIGNATURES.length; s++) {
            if (matches(bytes, pos, bytes.length, SIGNATURES[s])) {
                return SIGNATURE_KINDS[s];
            }
        }
        if (matches(bytes, pos + 4, bytes.length, "ftyp".getBytes(StandardCharsets.US_ASCII))) {
            return "a video";
        }
        if (matches(bytes, pos, bytes.length, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "a PNG image";
        }
        if (matches(bytes, pos, bytes.length, new byte[] {'M', 'Z'})) {
            return "a Windows program";
        }
        return "content of an unknown kind";
    }

    private static boolean isPadding(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0 && bytes[i] != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(byte[] bytes, int pos, int limit, byte[] signature) {
        if (pos < 0 || pos + signature.length > limit) {
            return false;
        }
        for (int j = 0; j < signature.length; j++) {
            if (bytes[pos + j] != signature[j]) {
                return false;
            }
        }
        return true;
    }
}
