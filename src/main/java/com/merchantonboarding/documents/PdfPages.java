package com.merchantonboarding.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws the pages of a PDF as grey images of a fixed size (the longer side {@code longSide} pixels, whatever the
 * page claims), with images subsampled while drawing and PDFBox's scratch space on disk: the memory a page takes is
 * bounded by the output, not by what the file declares.
 */
final class PdfPages {

    private PdfPages() {
    }

    static List<BufferedImage> render(byte[] bytes, int pages, int longSide, TimeLimit limit, Duration timeout)
            throws MalformedFileException {
        return limit.run("Drawing the PDF's pages", timeout, () -> {
            try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
                PDFRenderer renderer = new PDFRenderer(document);
                renderer.setSubsamplingAllowed(true);
                List<BufferedImage> images = new ArrayList<>();
                for (int i = 0; i < Math.min(pages, document.getNumberOfPages()); i++) {
                    PDRectangle box = document.getPage(i).getCropBox();
                    float scale = longSide / Math.max(1f, Math.max(box.getWidth(), box.getHeight()));
                    images.add(renderer.renderImage(i, scale, ImageType.GRAY));
                }
                return images;
            } catch (IOException e) {
                throw new MalformedFileException("The PDF's pages could not be drawn: it is damaged", e);
            }
        });
    }
}
