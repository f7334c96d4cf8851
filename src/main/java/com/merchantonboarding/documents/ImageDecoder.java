package com.merchantonboarding.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a JPEG or PNG with bounded memory and time: an image of more than {@value #MAX_DECODED_PIXELS} pixels is
 * decoded subsampled (every n-th pixel of every n-th row), so the copy in memory never exceeds that size whatever
 * the header says, and the decoder is aborted when it runs out of time.
 */
final class ImageDecoder {

    static final long MAX_DECODED_PIXELS = 16_000_000;

    private ImageDecoder() {
    }

    static BufferedImage decode(byte[] bytes, TimeLimit limit, Duration timeout) throws MalformedFileException {
        AtomicReference<ImageReader> current = new AtomicReference<>();
        return limit.run("Decoding the image", timeout, () -> {
            try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    throw new MalformedFileException("No decoder can read this image");
                }
                ImageReader reader = readers.next();
                current.set(reader);
                try {
                    reader.setInput(in, true, true);
                    long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                    int step = subsampling(pixels);
                    ImageReadParam param = reader.getDefaultReadParam();
                    param.setSourceSubsampling(step, step, 0, 0);
                    return reader.read(0, param);
                } finally {
                    reader.dispose();
                }
            } catch (IOException e) {
                throw new MalformedFileException("The image could not be decoded: it is damaged", e);
            }
        }, () -> {
            ImageReader reader = current.get();
            if (reader != null) {
                reader.abort();
            }
        });
    }

    static int subsampling(long pixels) {
        int step = 1;
        while (pixels / ((long) step * step) > MAX_DECODED_PIXELS) {
            step++;
        }
        return step;
    }
}
