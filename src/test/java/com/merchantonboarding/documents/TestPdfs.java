package com.merchantonboarding.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource;

/** PDFs made with PDFBox: ordinary, scanned, too long, and hostile ones. */
final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page PDF with these lines of text (a text layer, as digital documents have). */
    static byte[] withText(String... lines) {
        return build(document -> {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 16);
                content.setLeading(24);
                content.newLineAtOffset(72, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        });
    }

    /** A PDF of {@code pages} pages, each with a line of text. */
    static byte[] withPages(int pages) {
        return build(document -> {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 720);
                    content.showText("Bank account statement, page " + i);
                    content.endText();
                }
            }
        });
    }

    /** A one-page PDF whose only content is this image over the whole page, as scanners make them. */
    static byte[] scanned(BufferedImage scan) {
        return build(document -> {
            PDRectangle size = new PDRectangle(842, 595);
            PDPage page = new PDPage(size);
            document.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(document, scan, 0.9f);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
            }
        });
    }

    /** A one-page PDF carrying a file attachment (an embedded file), such as a ZIP. */
    static byte[] withAttachment(String name, byte[] attachment) {
        return build(document -> {
            document.addPage(new PDPage(PDRectangle.A4));
            PDEmbeddedFile file = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(attachment));
            file.setSize(attachment.length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(name, spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
        });
    }

    /** A one-page PDF with an XFA form holding this XML (for XXE: a DOCTYPE with an external entity). */
    static byte[] withXfa(String xml) {
        return build(document -> {
            document.addPage(new PDPage(PDRectangle.A4));
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
            PDAcroForm form = new PDAcroForm(document);
            form.setXFA(new PDXFAResource(stream));
            form.setFields(List.of());
            document.getDocumentCatalog().setAcroForm(form);
        });
    }

    /** A one-page PDF drawing an image whose dictionary declares {@code width} × {@code height} pixels. */
    static byte[] withImageDeclaring(int width, int height) {
        return build(document -> {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(new byte[4096]);
            }
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
            stream.setInt(COSName.WIDTH, width);
            stream.setInt(COSName.HEIGHT, height);
            stream.setInt(COSName.BITS_PER_COMPONENT, 8);
            stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, 595, 842);
            }
        });
    }

    private interface Content {
        void fill(PDDocument document) throws IOException;
    }

    private static byte[] build(Content content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
