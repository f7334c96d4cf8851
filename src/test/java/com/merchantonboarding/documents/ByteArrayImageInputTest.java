package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;

class ByteArrayImageInputTest {

    @Test
    void readsSeeksAndEndsLikeAStream() throws IOException {
        try (ByteArrayImageInput in = new ByteArrayImageInput(new byte[] {1, 2, 3, 4, 5, (byte) 0xFF})) {
            assertThat(in.length()).isEqualTo(6);
            assertThat(in.read()).isEqualTo(1);
            byte[] two = new byte[2];
            assertThat(in.read(two, 0, 2)).isEqualTo(2);
            assertThat(two).containsExactly(2, 3);
            in.seek(4);
            assertThat(in.readUnsignedShort()).isEqualTo(0x05FF);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(two, 0, 2)).isEqualTo(-1);
            in.seek(1);
            assertThat(in.readInt()).isEqualTo(0x02030405);
            assertThatThrownBy(in::readShort).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void imageReadersReadAnImageFromIt() throws IOException {
        byte[] jpeg = BenchmarkAccess.jpeg(BenchmarkAccess.licence(600), 0.8f);
        try (ByteArrayImageInput in = new ByteArrayImageInput(jpeg)) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in, true, true);
            assertThat(reader.read(0).getWidth()).isEqualTo(600);
            reader.dispose();
        }
    }
}
