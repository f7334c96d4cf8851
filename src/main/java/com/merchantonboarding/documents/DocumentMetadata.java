package com.merchantonboarding.documents;

/**
 * What Tika read from a file's metadata (and, for a PDF, its text layer).
 *
 * @param width           image width in pixels, or null
 * @param height          image height in pixels, or null
 * @param pages           PDF page count, or null
 * @param software        the program that wrote the file, as its metadata names it, or null
 * @param editingSoftware a metadata value naming an image editor, or null
 * @param created         the creation date the metadata gives (EXIF, XMP, PDF), as written, or null
 * @param text            the text layer of a PDF (empty for a scan), or null
 */
record DocumentMetadata(Integer width, Integer height, Integer pages, String software, String editingSoftware,
                        String created, String text) {

    /** The same, with the size the image's own header gives (Tika does not always report it). */
    DocumentMetadata withSize(int imageWidth, int imageHeight) {
        return new DocumentMetadata(imageWidth, imageHeight, pages, software, editingSoftware, created, text);
    }
}
