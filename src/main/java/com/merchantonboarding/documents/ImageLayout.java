package com.merchantonboarding.documents;

/**
 * What the bytes of a JPEG or PNG say before any pixel is decoded: its size from the header, where the
 * image ends, and anything that has no business inside an image.
 *
 * @param width          pixels, from the JPEG frame header or the PNG IHDR chunk
 * @param height         pixels
 * @param end            offset just after the image's end marker (JPEG EOI, PNG IEND chunk)
 * @param scans          JPEG scans (progressive images have several; thousands are a decompression bomb); 1 for PNG
 * @param hiddenContent  the kind of file found inside a metadata segment (an archive, a PDF), or null
 */
record ImageLayout(int width, int height, int end, int scans, String hiddenContent) {

    static ImageLayout read(byte[] bytes, String mediaType) throws MalformedFileException {
        return switch (mediaType) {
            case "image/jpeg" -> JpegStructure.read(bytes, 0);
            case "image/png" -> PngStructure.read(bytes);
            default -> throw new IllegalArgumentException("not an image type: " + mediaType);
        };
    }
}
