package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantonboarding.documents.LicenceRenderer.Licence;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What screening sees of documents, read for many revisions at once (simulations) and for one (the process). */
class DocumentEvidenceIT extends IntegrationTest {

    @Autowired
    Documents documents;

    @Test
    void readsTheEvidenceOfManyApplicationsAtOnceInUploadOrder() {
        String key = newMerchant();
        String first = createApplication(key, completeData());
        String second = createApplication(key, completeData());
        UUID licence = upload(key, first, "BUSINESS_LICENSE", "licence.png",
                Encodings.png(LicenceRenderer.scan(Licence.xiamenTrading(), 1600)));
        UUID edited = upload(key, first, "LEGAL_REP_ID_FRONT", "id.png", TestImages.resource("licence-saved-by-gimp.png"));
        UUID proof = upload(key, second, "BANK_ACCOUNT_PROOF", "proof.png", TestImages.resource("licence-saved-by-gimp.png"));
        UUID notInspected = upload(key, second, "LEGAL_REP_ID_BACK", "back.png",
                TestImages.resource("licence-saved-by-gimp.png"));
        documents.inspect(List.of(licence, edited, proof));

        Documents.Evidence evidence = documents.evidenceByDocument(List.of(proof, notInspected, edited, licence));

        assertThat(evidence.size()).isEqualTo(3);
        List<DocumentEvidence> firstApplication = evidence.of(List.of(edited, licence));
        assertThat(firstApplication).extracting(DocumentEvidence::type)
                .containsExactly(DocumentType.BUSINESS_LICENSE, DocumentType.LEGAL_REP_ID_FRONT);
        assertThat(firstApplication.get(0).licenceRegistrationNumber()).isEqualTo("91350200776049653A");
        assertThat(firstApplication.get(0).licenceLegalName()).isEqualTo("厦门示例贸易有限公司");
        assertThat(firstApplication.get(1).editingSoftware()).isEqualTo("GIMP 2.10.34");
        assertThat(firstApplication.get(1).licenceRegistrationNumber()).isNull();
        assertThat(documents.evidence(List.of(licence, edited))).isEqualTo(firstApplication);
        assertThat(evidence.of(List.of(proof))).extracting(DocumentEvidence::type)
                .containsExactly(DocumentType.BANK_ACCOUNT_PROOF);
        assertThatThrownBy(() -> evidence.of(List.of(proof, notInspected)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(notInspected + " has not been inspected");
        assertThatThrownBy(() -> documents.evidence(List.of(notInspected))).isInstanceOf(IllegalStateException.class);
        assertThat(documents.evidenceByDocument(List.of()).size()).isZero();
    }

    private UUID upload(String key, String applicationId, String type, String filename, byte[] bytes) {
        Http.Response response = http.upload("/api/v1/applications/" + applicationId + "/documents", Http.bearer(key),
                type, filename, bytes, "image/png");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asText());
    }
}
