package com.merchantonboarding.documents;

import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An image input stream that reads a byte array where it is. ImageIO's own streams over an {@code InputStream}
 * copy every byte into a cache of their own first: a second copy of each upload (about 4 MB a phone photo) for
 * the collector to clear.
 */
final class ByteArrayImageInput extends ImageInputStreamImpl {

    private final byte[] bytes;

    ByteArrayImageInput(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        bitOffset = 0;
        return streamPos < bytes.length ? bytes[(int) streamPos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > into.length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + " in " + into.length);
        }
        bitOffset = 0;
        if (length == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return -1;
        }
        int n = (int) Math.min(length, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, into, offset, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() {
        return bytes.length;
    }
}
