package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The samples in docs/samples that the README's walk-through uploads: small, accepted, and the licence read as the
 * tea house's. With {@code -Dsamples.write=true} they are drawn again first ({@link SampleDocuments}).
 */
class SampleDocumentsTest {

    @BeforeAll
    static void writeWhenAsked() throws IOException {
        if (Boolean.getBoolean("samples.write")) {
            SampleDocuments.write(SampleDocuments.FOLDER);
        }
    }

    @Test
    void everySampleIsASmallImageThatUploadsAccept() throws IOException {
        for (String name : SampleDocuments.NAMES) {
            byte[] bytes = Files.readAllBytes(SampleDocuments.FOLDER.resolve(name));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));

            assertThat(bytes.length).as(name).isLessThan(200 * 1024);
            assertThat(Math.min(image.getWidth(), image.getHeight())).as(name).isGreaterThanOrEqualTo(600);
            assertThat(TestSetup.uploadChecks().check(bytes)).as(name).isEqualTo("image/jpeg");
        }
    }

    @Test
    void theSamplesAreSharpAndTheLicenceIsReadAsTheTeaHouses() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(tesseractOnPath(), "Tesseract is not installed: the licence is not read");
        Map<String, DocumentType> types = Map.of("licence.jpg", DocumentType.BUSINESS_LICENSE,
                "id-front.jpg", DocumentType.LEGAL_REP_ID_FRONT, "id-back.jpg", DocumentType.LEGAL_REP_ID_BACK,
                "bank-proof.jpg", DocumentType.BANK_ACCOUNT_PROOF);
        for (Map.Entry<String, DocumentType> sample : types.entrySet()) {
            DocumentInspection inspection = TestSetup.inspector().inspect(TestSetup.document(sample.getValue()),
                    Files.readAllBytes(SampleDocuments.FOLDER.resolve(sample.getKey())));
            assertThat(inspection.getObservations()).as(sample.getKey())
                    .noneMatch(o -> o.code().equals(InspectionReport.UNREADABLE) || o.code().equals(InspectionReport.EDITED));
            if (sample.getValue() == DocumentType.BUSINESS_LICENSE) {
                assertThat(inspection.getLicenceRegistrationNumber()).isEqualTo("91350200776049653A");
                assertThat(inspection.getLicenceLegalName()).isEqualTo("厦门示例贸易有限公司");
            }
        }
    }

    private static boolean tesseractOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "tesseract"))) {
                return true;
            }
        }
        return false;
    }
}
