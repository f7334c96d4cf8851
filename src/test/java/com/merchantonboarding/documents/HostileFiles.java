package com.merchantonboarding.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Malformed and hostile files, made in code byte by byte so that every test can say what it holds. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** A ZIP whose one entry inflates to {@code megabytes} MB of zeros (about 1 KB per MB compressed). */
    static byte[] zipBomb(int megabytes) {
        return zip("bomb.bin", new byte[1024 * 1024], megabytes);
    }

    /** A ZIP inside a ZIP inside a ZIP …, {@code depth} levels deep. */
    static byte[] nestedZip(int depth) {
        byte[] inner = "the innermost file".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < depth; i++) {
            inner = zip("level-" + i + ".zip", inner, 1);
        }
        return inner;
    }

    static byte[] zip(String name, byte[] chunk, int repetitions) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(name));
            for (int i = 0; i < repetitions; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * A real PNG decompression bomb: a 1-bit grey image of {@code width} × {@code height} pixels whose rows are
     * all zero, so that a few kilobytes inflate to width × height / 8 bytes (and to 4 bytes a pixel once decoded).
     */
    static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + (width + 7) / 8];
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                chunk("IHDR", header.array()), chunk("IDAT", idat.toByteArray()), chunk("IEND", new byte[0]));
    }

    /** A PNG with a text chunk added before IEND (tEXt: keyword, NUL, Latin-1 text), as editors write it. */
    static byte[] withTextChunk(byte[] png, String keyword, String text) {
        byte[] data = concat(keyword.getBytes(StandardCharsets.ISO_8859_1), new byte[] {0},
                text.getBytes(StandardCharsets.ISO_8859_1));
        int iend = png.length - 12;
        return concat(Arrays.copyOf(png, iend), chunk("tEXt", data), Arrays.copyOfRange(png, iend, png.length));
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** The JPEG with its frame header rewritten to declare another size (the pixels stay as they are). */
    static byte[] jpegDeclaring(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        int sof = segment(copy, 0xC0);
        copy[sof + 5] = (byte) (height >> 8);
        copy[sof + 6] = (byte) height;
        copy[sof + 7] = (byte) (width >> 8);
        copy[sof + 8] = (byte) width;
        return copy;
    }

    /** The JPEG with its scan repeated, so that it declares {@code scans} scans (the shape of a JPEG scan bomb). */
    static byte[] jpegWithScans(byte[] jpeg, int scans) {
        int sos = segment(jpeg, 0xDA);
        int eoi = jpeg.length - 2;
        byte[] scan = Arrays.copyOfRange(jpeg, sos, eoi);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, sos);
        for (int i = 0; i < scans; i++) {
            out.writeBytes(scan);
        }
        out.write(jpeg, eoi, 2);
        return out.toByteArray();
    }

    /** A JPEG with an APP1 EXIF segment whose IFD0 holds one Software tag, as Photoshop writes it. */
    static byte[] withExifSoftware(byte[] jpeg, String software) {
        byte[] value = (software + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + value.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0131).putShort((short) 2).putInt(value.length).putInt(8 + 2 + 12 + 4);
        tiff.putInt(0);
        tiff.put(value);
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        ByteBuffer app1 = ByteBuffer.allocate(4 + payload.length).put((byte) 0xFF).put((byte) 0xE1)
                .putShort((short) (payload.length + 2)).put(payload);
        return concat(Arrays.copyOf(jpeg, 2), app1.array(), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static int segment(byte[] jpeg, int marker) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        throw new IllegalArgumentException("no marker " + Integer.toHexString(marker));
    }
}
