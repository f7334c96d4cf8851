package com.merchantonboarding.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;

/**
 * Reads a PDF's structure with PDFBox: page count, attachments and the declared size of its images. No
 * content stream is drawn and no image decoded, so this is fast enough for an upload.
 */
final class PdfStructure {

    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_FORM_DEPTH = 4;
    private static final int MAX_PAGES_LOOKED_AT = 20;

    private PdfStructure() {
    }

    static PdfLayout read(byte[] bytes) throws MalformedFileException {
        int end = endOfLastEofMarker(bytes);
        if (end < 0) {
            throw new MalformedFileException("The PDF is truncated: it has no end-of-file marker");
        }
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int pages = document.getNumberOfPages();
            boolean attachments = hasEmbeddedFiles(document);
            int[] largest = {0, 0};
            // Only the pages an accepted PDF may have are looked at; a longer one is refused for its length.
            for (int i = 0; i < Math.min(pages, MAX_PAGES_LOOKED_AT); i++) {
                PDPage page = document.getPage(i);
                attachments |= hasFileAttachment(page);
                largestImage(page.getResources(), largest, new HashSet<>(), 0);
            }
            return new PdfLayout(pages, attachments, largest[0], largest[1], end);
        } catch (InvalidPasswordException e) {
            throw new MalformedFileException("The PDF is protected by a password");
        } catch (IOException | RuntimeException e) {
            throw new MalformedFileException("The PDF could not be read: it is damaged", e);
        }
    }

    private static boolean hasEmbeddedFiles(PDDocument document) {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        return names != null && names.getEmbeddedFiles() != null;
    }

    private static boolean hasFileAttachment(PDPage page) throws IOException {
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationFileAttachment) {
                return true;
            }
        }
        return false;
    }

    private static void largestImage(PDResources resources, int[] largest, Set<Object> seen, int depth)
            throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object == null || !seen.add(object.getCOSObject())) {
                continue;
            }
            if (object instanceof PDImageXObject image) {
                if ((long) image.getWidth() * image.getHeight() > (long) largest[0] * largest[1]) {
                    largest[0] = image.getWidth();
                    largest[1] = image.getHeight();
                }
            } else if (object instanceof PDFormXObject form) {
                largestImage(form.getResources(), largest, seen, depth + 1);
            }
        }
    }

    private static int endOfLastEofMarker(byte[] bytes) {
        for (int i = bytes.length - EOF_MARKER.length; i >= 0; i--) {
            boolean match = true;
            for (int j = 0; j < EOF_MARKER.length && match; j++) {
                match = bytes[i + j] == EOF_MARKER[j];
            }
            if (match) {
                return i + EOF_MARKER.length;
            }
        }
        return -1;
    }
}
