package com.merchantonboarding.documents;

import com.merchantonboarding.common.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The checks an upload passes before anything is stored, all from the bytes and fast (no pixel is decoded,
 * no page drawn): size, real type, the image size from its header, PDF pages, and hidden content.
 * Each refusal is a problem the merchant can act on (docs/inspection.md lists them).
 */
@Component
class UploadChecks {

    private final MediaTypes mediaTypes;
    private final TimeLimit timeLimit;
    private final DocumentProperties properties;

    UploadChecks(MediaTypes mediaTypes, TimeLimit timeLimit, DocumentProperties properties) {
        this.mediaTypes = mediaTypes;
        this.timeLimit = timeLimit;
        this.properties = properties;
    }

    /** Returns the detected media type, or refuses the upload. */
    String check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "empty-file", "Empty file", "The uploaded file is empty.");
        }
        if (bytes.length > properties.maxFileSize().toBytes()) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "File too large",
                    "The file has " + bytes.length + " bytes; at most " + properties.maxFileSize().toMegabytes()
                            + " MB are accepted.");
        }
        String mediaType = mediaTypes.detect(bytes);
        if (!properties.acceptedMediaTypes().contains(mediaType)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "type-not-accepted", "File type not accepted",
                    "The file's content is " + MediaTypes.describe(mediaType) + " (" + mediaType
                            + "), whatever its name says. Upload a JPEG, PNG or PDF file.")
                    .with("detectedMediaType", mediaType);
        }
        try {
            HiddenContent.Found hidden = mediaType.equals("application/pdf")
                    ? checkPdf(bytes) : checkImage(bytes, mediaType);
            if (hidden == null && HiddenContent.endsWithZipDirectory(bytes)) {
                hidden = new HiddenContent.Found("a ZIP archive", 0, 0);
            }
            if (hidden != null) {
                throw polyglot(mediaType, hidden);
            }
        } catch (MalformedFileException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "file-damaged", "File damaged",
                    e.getMessage() + ". Upload the original file again.")
                    .with("detectedMediaType", mediaType);
        }
        return mediaType;
    }

    private HiddenContent.Found checkImage(byte[] bytes, String mediaType) throws MalformedFileException {
        ImageLayout image = ImageLayout.read(bytes, mediaType);
        int max = properties.maxPixelsPerSide();
        if (image.width() > max || image.height() > max) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "image-too-large", "Image too large",
                    "The image is " + image.width() + " × " + image.height() + " pixels; at most " + max + " × "
                            + max + " are accepted. Upload a smaller photo or scan.")
                    .with("width", image.width()).with("height", image.height());
        }
        if (image.scans() > properties.maxJpegScans()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "image-too-complex", "Image too complex",
                    "The JPEG has " + image.scans() + " scans; at most " + properties.maxJpegScans()
                            + " are accepted. Save the photo again as an ordinary JPEG.");
        }
        if (image.hiddenContent() != null) {
            return new HiddenContent.Found(image.hiddenContent(), 0, 0);
        }
        return HiddenContent.after(bytes, image.end(), mediaType.equals("image/jpeg"));
    }

    private HiddenContent.Found checkPdf(byte[] bytes) throws MalformedFileException {
        PdfLayout pdf = timeLimit.run("Reading the PDF's structure", properties.parseTimeout(),
                () -> PdfStructure.read(bytes));
        if (pdf.pages() > properties.maxPdfPages()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "too-many-pages", "Too many pages",
                    "The PDF has " + pdf.pages() + " pages; at most " + properties.maxPdfPages()
                            + " are accepted. Upload only the pages of this document.")
                    .with("pageCount", pdf.pages());
        }
        int max = properties.maxPixelsPerSide();
        if (pdf.largestImageWidth() > max || pdf.largestImageHeight() > max) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "image-too-large", "Image too large",
                    "The PDF contains an image of " + pdf.largestImageWidth() + " × " + pdf.largestImageHeight()
                            + " pixels; at most " + max + " × " + max + " are accepted.");
        }
        if (pdf.attachments()) {
            return new HiddenContent.Found("attached files", 0, 0);
        }
        return nonWhitespaceAfter(bytes, pdf.end());
    }

    /** After a PDF's last %%EOF only line ends and spaces are harmless. */
    private static HiddenContent.Found nonWhitespaceAfter(byte[] bytes, int end) {
        for (int i = end; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i]) && bytes[i] != 0) {
                return new HiddenContent.Found(HiddenContent.kindAt(bytes, i), i, bytes.length - i);
            }
        }
        return null;
    }

    private static ApiException polyglot(String mediaType, HiddenContent.Found hidden) {
        String what = MediaTypes.describe(mediaType);
        String detail = hidden.length() > 0
                ? "The file is " + what + " followed by " + hidden.describe() + "."
                : "The file is " + what + " with " + hidden.kind() + " hidden inside it.";
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "hidden-content", "File type not accepted",
                detail + " Such a file is two files at once and is refused. Save or export the document again "
                        + "as a plain JPEG, PNG or PDF (for a phone photo: a still photo, without motion).")
                .with("detectedMediaType", mediaType)
                .with("hiddenContent", hidden.kind());
    }
}
