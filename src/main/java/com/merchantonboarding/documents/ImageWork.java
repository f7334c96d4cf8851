package com.merchantonboarding.documents;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The memory budget of image work (docs/inspection.md, "Memory"): decoding, sharpness and OCR preparation of a
 * document take a share of {@code onboarding.documents.image-memory-budget} computed from the pixel count in the
 * file's header before anything is decoded, and wait their turn while the budget is spent. So the heap that
 * inspection takes does not grow with the number of documents waiting, however many jobs run. A document that
 * needs more than the whole budget takes all of it. When no share becomes free within
 * {@code image-work-wait}, inspection is busy ({@link InspectionBusyException}) and the job is run again later.
 */
@Component
class ImageWork {

    private static final int KB = 1024;
    /** Sharpness works on a grey copy of at most 1600 px a side, one byte a pixel, plus {@link Sharpness#BAND_BYTES}. */
    private static final int SHARPNESS_BYTES_PER_PIXEL = 1;

    private static final Logger log = LoggerFactory.getLogger(ImageWork.class);
    /** The budget is at most the heap divided by this. */
    static final int MAX_HEAP_SHARE_DIVISOR = 4;

    private final Semaphore kilobytes;
    private final int budgetKb;
    private final DocumentProperties properties;

    @Autowired
    ImageWork(DocumentProperties properties) {
        this(properties, Runtime.getRuntime().maxMemory());
    }

    /**
     * The budget is the setting, but never more than {@value #MAX_HEAP_SHARE_DIVISOR}th of the heap: the rest of the
     * application needs the other three quarters under load (docs/inspection.md, "Heap to give the application").
     * Measured: at {@code -Xmx288m} a 96 MB budget let a burst of 32 merchants run into {@code OutOfMemoryError}s.
     */
    ImageWork(DocumentProperties properties, long maxHeapBytes) {
        this.properties = properties;
        long setting = properties.imageMemoryBudget().toKilobytes();
        long heapShare = maxHeapBytes / MAX_HEAP_SHARE_DIVISOR / KB;
        this.budgetKb = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.min(setting, heapShare)));
        this.kilobytes = new Semaphore(budgetKb, true);
        if (heapShare < setting) {
            log.info("Image memory budget {} MB: a quarter of the {} MB heap, below the setting of {} MB",
                    budgetKb / KB, maxHeapBytes / KB / KB, setting / KB);
        }
    }

    /** A share of the budget, given back by {@link Share#close()}. */
    Share acquire(long bytes, String what) {
        int wanted = (int) Math.min(budgetKb, Math.max(1, (bytes + KB - 1) / KB));
        try {
            if (!kilobytes.tryAcquire(wanted, properties.imageWorkWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new InspectionBusyException("Inspection is busy: " + what + " waited "
                        + properties.imageWorkWait().toSeconds() + " s for " + wanted / KB + " MB of its "
                        + budgetKb / KB + " MB image memory budget");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InspectionFailedException("Interrupted while waiting for image memory", e);
        }
        return new Share(wanted);
    }

    /** Bytes to decode an image of this size, measure its sharpness and, for a licence, prepare it for OCR. */
    static long bytesForImage(int width, int height, boolean jpeg, boolean licence) {
        int needed = licence ? OcrImage.LONG_SIDE : Sharpness.NORMALIZED_LONG_SIDE;
        long decoded = ImageDecoder.decodedPixels(width, height, needed);
        // A JPEG is decoded straight to grey; other images as colour (4 bytes a pixel) and then turned grey.
        long bytes = decoded * (jpeg ? 1 : 5) + sharpnessPixels(width, height) * SHARPNESS_BYTES_PER_PIXEL
                + Sharpness.BAND_BYTES;
        return bytes + (licence ? OcrImage.bytesNeeded(width, height) : 0);
    }

    /** Bytes to draw {@code pages} pages of a PDF at {@code longSide} px and, for a licence, prepare one for OCR. */
    static long bytesForPdf(int pages, int longSide, boolean licence) {
        long page = (long) longSide * longSide;
        return pages * page + sharpnessPixels(longSide, longSide) * SHARPNESS_BYTES_PER_PIXEL + Sharpness.BAND_BYTES
                + (licence ? OcrImage.bytesNeeded(longSide, longSide) : 0);
    }

    int availableMegabytes() {
        return kilobytes.availablePermits() / KB;
    }

    private static long sharpnessPixels(int width, int height) {
        double scale = Math.min(1, (double) Sharpness.NORMALIZED_LONG_SIDE / Math.max(1, Math.max(width, height)));
        return Math.round(width * scale) * Math.round(height * scale);
    }

    /** A share of the budget; closing it more than once gives it back once. */
    final class Share implements AutoCloseable {

        private int held;

        private Share(int held) {
            this.held = held;
        }

        @Override
        public void close() {
            if (held > 0) {
                kilobytes.release(held);
                held = 0;
            }
        }
    }
}
