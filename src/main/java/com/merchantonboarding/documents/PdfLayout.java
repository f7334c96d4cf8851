package com.merchantonboarding.documents;

/**
 * What a PDF's structure says before any page is drawn.
 *
 * @param pages             the page count
 * @param attachments       whether it carries attached files (embedded files, file attachment annotations)
 * @param largestImageWidth the widest image drawn on a page, in pixels (0 without images)
 * @param largestImageHeight its height
 * @param end               offset just after the last {@code %%EOF} marker
 */
record PdfLayout(int pages, boolean attachments, int largestImageWidth, int largestImageHeight, int end) {
}
