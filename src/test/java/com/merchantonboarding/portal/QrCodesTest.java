package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    @Test
    void rendersAPngThatDecodesToThePayload() throws Exception {
        byte[] png = QrCodes.png("MOPAY:MO-2026-000042");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(decode(png)).isEqualTo("MOPAY:MO-2026-000042");
    }

    /** Every enrolment's code is read by a phone: many different secrets, each one decodes back to its URI. */
    @Test
    void everyTwoStepEnrolmentUriDecodes() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            StringBuilder secret = new StringBuilder();
            for (int k = 0; k < 32; k++) {
                secret.append(BASE32.charAt(random.nextInt(32)));
            }
            String uri = "otpauth://totp/Merchant%20Onboarding:m" + i + "%40example.cn?secret=" + secret
                    + "&issuer=Merchant%20Onboarding&algorithm=SHA1&digits=6&period=30";
            assertThat(decode(QrCodes.png(uri))).isEqualTo(uri);
        }
    }

    /** As a phone's reader would: a QR code, on a generated (not photographed) image. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
