package com.merchantonboarding.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a JPEG or PNG once, straight into grey, with bounded memory and time (docs/inspection.md, "Memory"):
 * <ul>
 *   <li>a JPEG is decoded by the codec into one byte of luma a pixel (the colour planes are never converted or
 *       upsampled); other images are decoded and turned grey row by row;</li>
 *   <li>an image larger than inspection needs is decoded subsampled (every n-th pixel of every n-th row, n chosen so
 *       that the result still has at least the needed long side), and never to more than
 *       {@value #MAX_DECODED_PIXELS} pixels whatever the header says;</li>
 *   <li>the decoder is aborted when it runs out of time.</li>
 * </ul>
 */
final class ImageDecoder {

    static final long MAX_DECODED_PIXELS = 16_000_000;

    private ImageDecoder() {
    }

    /** Decodes into grey, subsampled as far as {@code neededLongSide} allows. */
    static GreyImage decodeGrey(byte[] bytes, int neededLongSide, TimeLimit limit, Duration timeout)
            throws MalformedFileException {
        AtomicReference<ImageReader> current = new AtomicReference<>();
        return limit.run("Decoding the image", timeout, () -> {
            try (ImageInputStream in = new ByteArrayImageInput(bytes)) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    throw new MalformedFileException("No decoder can read this image");
                }
                ImageReader reader = readers.next();
                current.set(reader);
                try {
                    reader.setInput(in, true, true);
                    int step = step(reader.getWidth(0), reader.getHeight(0), neededLongSide);
                    ImageReadParam param = reader.getDefaultReadParam();
                    param.setSourceSubsampling(step, step, 0, 0);
                    ImageTypeSpecifier grey = greyDestination(reader);
                    if (grey != null) {
                        param.setDestinationType(grey);
                    }
                    BufferedImage image = reader.read(0, param);
                    return GreyImage.of(image);
                } finally {
                    reader.dispose();
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new MalformedFileException("The image could not be decoded: it is damaged", e);
            }
        }, () -> {
            ImageReader reader = current.get();
            if (reader != null) {
                reader.abort();
            }
        });
    }

    /** The subsampling step for an image of this size: the largest that keeps the needed long side, within the bound. */
    static int step(int width, int height, int neededLongSide) {
        int byNeed = Math.max(1, Math.max(width, height) / Math.max(1, neededLongSide));
        return Math.max(byNeed, subsampling((long) width * height));
    }

    /** Pixels decoded for an image of this size ({@link #step}). */
    static long decodedPixels(int width, int height, int neededLongSide) {
        int step = step(width, height, neededLongSide);
        return (long) ((width + step - 1) / step) * ((height + step - 1) / step);
    }

    static int subsampling(long pixels) {
        int step = 1;
        while (pixels / ((long) step * step) > MAX_DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    /** One byte of grey a pixel, when the codec offers it for this image (JPEG does, from luma). */
    private static ImageTypeSpecifier greyDestination(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        while (types.hasNext()) {
            ImageTypeSpecifier type = types.next();
            if (type.getBufferedImageType() == BufferedImage.TYPE_BYTE_GRAY) {
                return type;
            }
        }
        return null;
    }
}
