package com.merchantonboarding.documents;

/**
 * Walks the markers of a JPEG (ITU T.81, annex B) without decoding it: frame size, number of scans, the
 * end of the image, and signatures of other formats inside APPn and COM segments.
 */
final class JpegStructure {

    private static final int MARKER = 0xFF;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int COM = 0xFE;

    private JpegStructure() {
    }

    static boolean startsAt(byte[] bytes, int offset) {
        return bytes.length - offset >= 3 && u8(bytes, offset) == MARKER && u8(bytes, offset + 1) == SOI
                && u8(bytes, offset + 2) == MARKER;
    }

    /** Reads the JPEG that starts at {@code offset}. */
    static ImageLayout read(byte[] bytes, int offset) throws MalformedFileException {
        if (!startsAt(bytes, offset)) {
            throw new MalformedFileException("The JPEG does not start with a start-of-image marker");
        }
        int pos = offset + 2;
        int width = -1;
        int height = -1;
        int scans = 0;
        String hidden = null;
        while (true) {
            if (pos >= bytes.length || u8(bytes, pos) != MARKER) {
                throw new MalformedFileException("The JPEG is truncated or damaged (no marker at byte " + pos + ")");
            }
            while (pos < bytes.length && u8(bytes, pos) == MARKER) {
                pos++;
            }
            if (pos >= bytes.length) {
                throw truncated();
            }
            int marker = u8(bytes, pos++);
            if (marker == EOI) {
                if (width < 0) {
                    throw new MalformedFileException("The JPEG has no frame header");
                }
                return new ImageLayout(width, height, pos, scans, hidden);
            }
            if (marker == SOI) {
                throw new MalformedFileException("The JPEG has a second start-of-image marker inside it");
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            if (pos + 2 > bytes.length) {
                throw truncated();
            }
            int length = u16(bytes, pos);
            int segment = pos + 2;
            int next = pos + length;
            if (length < 2 || next > bytes.length) {
                throw truncated();
            }
            if (isFrameHeader(marker) && width < 0) {
                if (length < 7) {
                    throw new MalformedFileException("The JPEG frame header is too short");
                }
                height = u16(bytes, segment + 1);
                width = u16(bytes, segment + 3);
                if (width == 0 || height == 0) {
                    throw new MalformedFileException("The JPEG declares a size of " + width + " × " + height);
                }
            }
            if (hidden == null && ((marker >= 0xE0 && marker <= 0xEF) || marker == COM)) {
                hidden = HiddenContent.signatureIn(bytes, segment, next);
            }
            pos = next;
            if (marker == SOS) {
                scans++;
                pos = afterEntropyCodedData(bytes, pos);
            }
        }
    }

    /**
     * The JPEG's header: its segments up to its first scan, closed with an end-of-image marker. This is where
     * cameras and editors write EXIF, XMP and comments; giving a metadata parser only this spares it scanning
     * megabytes of image data byte by byte (Tika looks for an XMP packet through the whole stream). The whole
     * file when no scan is found (the parser then reports what is wrong).
     */
    static byte[] header(byte[] bytes) {
        if (!startsAt(bytes, 0)) {
            return bytes;
        }
        int pos = 2;
        while (pos + 4 <= bytes.length && u8(bytes, pos) == MARKER) {
            int marker = u8(bytes, pos + 1);
            if (marker == SOS) {
                byte[] header = java.util.Arrays.copyOf(bytes, pos + 2);
                header[pos] = (byte) MARKER;
                header[pos + 1] = (byte) EOI;
                return header;
            }
            if (marker == MARKER) {
                pos++;
                continue;
            }
            pos += 2 + u16(bytes, pos + 2);
        }
        return bytes;
    }

    /**
     * The EXIF orientation (1–8, TIFF tag 274) of a JPEG's header, or 1 (as stored) when there is none or it cannot
     * be read. Phones store a sideways photo with its pixels as the sensor saw them and this tag saying how to turn
     * it: 6 is a quarter turn clockwise, 8 a quarter turn anticlockwise, 3 a half turn.
     */
    static int orientation(byte[] bytes) {
        if (!startsAt(bytes, 0)) {
            return 1;
        }
        int pos = 2;
        while (pos + 4 <= bytes.length && u8(bytes, pos) == MARKER) {
            int marker = u8(bytes, pos + 1);
            if (marker == SOS || marker == EOI) {
                return 1;
            }
            int length = u16(bytes, pos + 2);
            if (length < 2 || pos + 2 + length > bytes.length) {
                return 1;
            }
            int segment = pos + 4;
            if (marker == 0xE1 && length >= 16 && bytes[segment] == 'E' && bytes[segment + 1] == 'x'
                    && bytes[segment + 2] == 'i' && bytes[segment + 3] == 'f' && bytes[segment + 4] == 0) {
                return exifOrientation(bytes, segment + 6, pos + 2 + length);
            }
            pos += 2 + length;
        }
        return 1;
    }

    /** Tag 274 of IFD0 of the TIFF structure in {@code [tiff, end)}. */
    private static int exifOrientation(byte[] bytes, int tiff, int end) {
        boolean little = bytes[tiff] == 'I' && bytes[tiff + 1] == 'I';
        if (!little && !(bytes[tiff] == 'M' && bytes[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = tiff + unsigned32(bytes, tiff + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = unsigned16(bytes, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (unsigned16(bytes, entry, little) == 274) {
                int value = unsigned16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int unsigned16(byte[] bytes, int pos, boolean little) {
        return little ? u8(bytes, pos) | (u8(bytes, pos + 1) << 8) : u16(bytes, pos);
    }

    private static long unsigned32(byte[] bytes, int pos, boolean little) {
        return little ? (unsigned16(bytes, pos, true) | ((long) unsigned16(bytes, pos + 2, true) << 16))
                : ((long) u16(bytes, pos) << 16) | u16(bytes, pos + 2);
    }

    /** Entropy-coded data ends at the first 0xFF that is not stuffing (FF00), a restart marker or a fill byte. */
    private static int afterEntropyCodedData(byte[] bytes, int pos) throws MalformedFileException {
        int last = bytes.length - 1;
        while (pos < last) {
            if (u8(bytes, pos) != MARKER) {
                pos++;
                continue;
            }
            int next = u8(bytes, pos + 1);
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                pos += 2;
            } else if (next == MARKER) {
                pos++;
            } else {
                return pos;
            }
        }
        throw truncated();
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static MalformedFileException truncated() {
        return new MalformedFileException("The JPEG is truncated: it ends before its end-of-image marker");
    }

    private static int u8(byte[] bytes, int pos) {
        return bytes[pos] & 0xFF;
    }

    private static int u16(byte[] bytes, int pos) {
        return (u8(bytes, pos) << 8) | u8(bytes, pos + 1);
    }
}
