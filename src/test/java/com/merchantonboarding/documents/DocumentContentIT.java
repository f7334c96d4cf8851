package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantonboarding.documents.LicenceRenderer.Licence;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.TestFiles;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database store on PostgreSQL (the integration tests run with {@code onboarding.documents.store: database}):
 * uploads and the licence regions are rows of {@code document_content}, served back to the merchant and to officers,
 * and a transaction that fails after storing leaves no row.
 */
class DocumentContentIT extends IntegrationTest {

    @Autowired
    Documents documents;
    @Autowired
    DocumentStorage storage;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void uploadsAndLicenceRegionsAreStoredInTheDatabaseAndServedBack() {
        assertThat(storage).isInstanceOf(DatabaseDocumentStorage.class);
        String key = newMerchant();
        String id = createApplication(key, completeData());
        byte[] licence = LicenceCorpus.photo(Licence.xiamenTrading(), 2000, 2.5, 6, 21);
        String licenceId = http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key),
                "BUSINESS_LICENSE", "licence.jpg", licence, "image/jpeg").json().get("id").asText();
        List.of("LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK", "BANK_ACCOUNT_PROOF").forEach(type -> upload(key, id, type));

        Document stored = documents.get(UUID.fromString(id), UUID.fromString(licenceId));
        assertThat(storedBytes(stored.getStorageName())).as("the row of document_content").isEqualTo(licence);
        Http.Response merchantCopy = http.bytes("/api/v1/applications/" + id + "/documents/" + licenceId + "/content",
                Http.bearer(key));
        assertThat(merchantCopy.status()).isEqualTo(200);
        assertThat(Base64.getDecoder().decode(merchantCopy.text())).isEqualTo(licence);

        submit(key, id);
        awaitStatus(key, id, "IN_REVIEW");

        // Inspection read the bytes from the table and stored the regions it cut out in the same store.
        DocumentInspection inspection = documents.inspections(List.of(stored.getId())).get(stored.getId());
        assertThat(inspection.getLicenceRegistrationNumber()).isEqualTo("91350200776049653A");
        assertThat(inspection.getLicenceCodeImage()).isNotNull();
        assertThat(storedBytes(inspection.getLicenceCodeImage())).as("the code's region in document_content")
                .startsWith(0x89, 'P', 'N', 'G');
        String officer = http.webappSession("itolivia", PASSWORD, "tasklist");
        String base = "/back-office/api/applications/" + id + "/documents/" + licenceId;
        Http.Response officerCopy = http.bytes(base + "/content", Http.cookies(officer));
        assertThat(officerCopy.status()).isEqualTo(200);
        assertThat(Base64.getDecoder().decode(officerCopy.text())).isEqualTo(licence);
        Http.Response code = http.bytes(base + "/licence-regions/code", Http.cookies(officer));
        assertThat(code.status()).isEqualTo(200);
        assertThat(Base64.getDecoder().decode(code.text())).isEqualTo(storedBytes(inspection.getLicenceCodeImage()));
    }

    @Test
    void anUploadWhoseTransactionFailsAfterStoringLeavesNoRow() {
        String key = newMerchant();
        UUID id = UUID.fromString(createApplication(key, completeData()));
        byte[] bytes = TestFiles.jpeg(1200, 800);
        Document[] uploaded = new Document[1];

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            uploaded[0] = documents.upload(id, DocumentType.BUSINESS_LICENSE, "licence.jpg", bytes);
            assertThat(storedBytes(uploaded[0].getStorageName())).as("stored inside the transaction").isEqualTo(bytes);
            throw new IllegalStateException("refused after storing");
        })).hasMessage("refused after storing");

        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select count(*) from document_content where storage_name = ?")
                .param(uploaded[0].getStorageName()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from document where id = ?").param(uploaded[0].getId())
                .query(Long.class).single()).isZero();
        assertThat(application(key, id.toString()).get("documents")).isEmpty();
    }

    private byte[] storedBytes(String storageName) {
        return JdbcClient.create(dataSource).sql("select content from document_content where storage_name = ?")
                .param(storageName).query((rs, row) -> rs.getBytes(1)).single();
    }
}
