package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.documents.LicenceCorpus.Sample;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The inspection's answers on the labelled licence corpus: OCR through Tesseract, about a second a licence. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenceCorpusTest {

    private final DocumentInspector inspector = TestSetup.inspector();

    List<Sample> samples() {
        return LicenceCorpus.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsWhatIsPrintedOnTheLicence(Sample sample) {
        DocumentInspection inspection = inspector.inspect(TestSetup.document(DocumentType.BUSINESS_LICENSE), sample.bytes());

        assertThat(inspection.getLicenceRegistrationNumber()).as("code").isEqualTo(sample.code());
        assertThat(inspection.getLicenceLegalName()).as("name").isEqualTo(sample.legalName());
        assertThat(inspection.has("DOCUMENT_EDITED")).as("edited").isEqualTo(sample.edited());
        if (sample.unreadable() == null) {
            assertThat(inspection.getStatus()).isEqualTo(DocumentInspection.Status.PASSED);
            assertThat(inspection.getTextSource()).isEqualTo("OCR");
            assertThat(inspection.getText()).contains(sample.code());
        } else {
            assertThat(inspection.detailOf("DOCUMENT_UNREADABLE")).contains(sample.unreadable());
            assertThat(inspection.getText()).as("not read by OCR").isNull();
        }
    }
}
