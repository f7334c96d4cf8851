package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.documents.LicenceRenderer.Licence;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Inspection through the merchant API and the process, on PostgreSQL: uploads, OCR cross-checks, failures. */
class DocumentInspectionIT extends IntegrationTest {

    private static final List<String> OTHER_DOCUMENTS = List.of("LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK",
            "BANK_ACCOUNT_PROOF");

    @Autowired
    Documents documents;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TesseractOCRParser tesseract;

    @Test
    void refusesHostileUploadsWithAProblemAndStoresNothing() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        byte[] jpeg = TestImages.idLike();

        Http.Response polyglot = uploadLicence(key, id, "licence.jpg",
                HostileFiles.concat(jpeg, HostileFiles.zip("run.sh", "rm -rf /".getBytes(), 1)));
        assertThat(polyglot.status()).isEqualTo(415);
        assertThat(polyglot.contentType()).startsWith("application/problem+json");
        assertThat(polyglot.json().get("hiddenContent").asText()).isEqualTo("a ZIP archive");

        Http.Response bomb = uploadLicence(key, id, "licence.png", HostileFiles.pngBomb(20_000, 20_000));
        assertThat(bomb.status()).isEqualTo(422);
        assertThat(bomb.json().get("detail").asText()).contains("20000 × 20000 pixels");

        Http.Response longPdf = uploadLicence(key, id, "licence.pdf", TestPdfs.withPages(6));
        assertThat(longPdf.status()).isEqualTo(422);
        assertThat(longPdf.json().get("pageCount").asInt()).isEqualTo(6);

        assertThat(uploadLicence(key, id, "licence.jpg", HostileFiles.zipBomb(100)).status()).isEqualTo(415);
        assertThat(application(key, id).get("documents")).isEmpty();
    }

    @Test
    void aLicenceThatMatchesTheDeclaredDataGoesToReviewWithEverythingRecorded() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        String licence = uploadLicence(key, id, "licence.jpg",
                LicenceCorpus.photo(Licence.xiamenTrading(), 2000, 2.5, 6, 21)).json().get("id").asText();
        OTHER_DOCUMENTS.forEach(type -> upload(key, id, type));
        submit(key, id);

        JsonNode inReview = awaitStatus(key, id, "IN_REVIEW");
        assertThat(inReview.at("/documents/0/inspection/status").asText()).isEqualTo("PASSED");
        DocumentInspection inspection = documents.inspections(List.of(UUID.fromString(licence))).get(UUID.fromString(licence));
        assertThat(inspection.getLicenceRegistrationNumber()).isEqualTo("91350200776049653A");
        assertThat(inspection.getLicenceLegalName()).isEqualTo("厦门示例贸易有限公司");
        assertThat(inspection.getText()).contains("91350200776049653A");
        assertThat(inspection.getTextSource()).isEqualTo("OCR");
        assertThat(inspection.getSharpness()).isGreaterThan(22);
        assertThat(inspection.getWidth()).isGreaterThan(2000);

        // Officers see every result in the dossier of the review form; the merchant sees the status and findings only.
        Http.Response dossier = http.get("/back-office/api/applications/" + id + "/dossier",
                Http.cookies(http.webappSession("itolivia", PASSWORD, "tasklist")));
        assertThat(dossier.status()).as(dossier.toString()).isEqualTo(200);
        JsonNode read = null;
        for (JsonNode document : dossier.json().get("documents")) {
            if (document.get("id").asText().equals(licence)) {
                read = document.get("inspection");
            }
        }
        assertThat(read).isNotNull();
        assertThat(read.get("licenceRegistrationNumber").asText()).isEqualTo("91350200776049653A");
        assertThat(read.get("licenceLegalName").asText()).isEqualTo("厦门示例贸易有限公司");
        assertThat(read.get("licenceNameConfidence").asInt()).isGreaterThanOrEqualTo(75);
        // The code and the name as OCR saw them, for the officer to compare with the declared values.
        for (String region : new String[] {"licenceCodeImageUrl", "licenceNameImageUrl"}) {
            Http.Response png = http.get(read.get(region).asText(),
                    Http.cookies(http.webappSession("itolivia", PASSWORD, "tasklist")));
            assertThat(png.status()).as(region).isEqualTo(200);
            assertThat(png.contentType()).isEqualTo("image/png");
            assertThat(http.get(read.get(region).asText(), null).status()).as(region + " without login")
                    .isIn(401, 403);
        }
        assertThat(read.get("textSource").asText()).isEqualTo("OCR");
        assertThat(read.get("text").asText()).contains("91350200776049653A");
        assertThat(read.get("sharpness").asDouble()).isEqualTo(inspection.getSharpness());
        assertThat(read.get("width").asInt()).isEqualTo(inspection.getWidth());
        assertThat(read.get("durationMillis").asInt()).isPositive();
        assertThat(inReview.at("/documents/0/inspection").fieldNames()).toIterable()
                .doesNotContain("text", "sharpness", "licenceLegalName", "software");
    }

    @Test
    void aLicenceOfAnotherCompanyIsSentBackWithTheMismatch() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        uploadLicence(key, id, "licence.png",
                Encodings.png(LicenceRenderer.scan(Licence.xiamenTrading().withCode("913502000728319549"), 1600)));
        OTHER_DOCUMENTS.forEach(type -> upload(key, id, type));
        submit(key, id);

        JsonNode changes = awaitStatus(key, id, "CHANGES_REQUESTED");
        assertThat(changes.at("/requirements/errors")).anySatisfy(e -> {
            assertThat(e.get("code").asText()).isEqualTo("REGISTRATION_NUMBER_MISMATCH");
            assertThat(e.get("requirement").asText()).isEqualTo("registrationNumber");
            assertThat(e.get("reason").asText()).isEqualTo("The registration number does not match the business licence.");
        });
        assertThat(changes.at("/requirements/errors")).noneSatisfy(e ->
                assertThat(e.get("code").asText()).isEqualTo("LEGAL_NAME_MISMATCH"));
    }

    @Test
    void aBlurredLicenceIsSentBackAsUnreadable() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        uploadLicence(key, id, "licence.jpg", Encodings.jpeg(
                Distortions.blur(LicenceRenderer.scan(Licence.xiamenTrading(), 1600), 3), 0.85f));
        OTHER_DOCUMENTS.forEach(type -> upload(key, id, type));
        submit(key, id);

        JsonNode changes = awaitStatus(key, id, "CHANGES_REQUESTED", "zh-CN");
        assertThat(changes.at("/requirements/currentlyDue")).extracting(JsonNode::asText)
                .containsExactly("documents.BUSINESS_LICENSE");
        assertThat(changes.at("/documents/0/inspection/status").asText()).isEqualTo("FAILED");
        assertThat(changes.at("/documents/0/inspection/findings/0/code").asText()).isEqualTo("DOCUMENT_UNREADABLE");
        assertThat(changes.at("/documents/0/inspection/findings/0/reason").asText())
                .isEqualTo("证件图片不清晰或无法识别，请上传更清晰的照片或扫描件。");
    }

    @Test
    void anEditedLicenceIsNotedForOfficersButNotShownToTheMerchant() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        String licence = uploadLicence(key, id, "licence.png", TestImages.resource("licence-saved-by-gimp.png"))
                .json().get("id").asText();
        OTHER_DOCUMENTS.forEach(type -> upload(key, id, type));
        submit(key, id);

        JsonNode inReview = awaitStatus(key, id, "IN_REVIEW");
        assertThat(inReview.at("/documents/0/inspection/findings")).isEmpty();
        assertThat(inReview.toString()).doesNotContain("DOCUMENT_EDITED", "GIMP");
        DocumentInspection inspection = documents.inspections(List.of(UUID.fromString(licence))).get(UUID.fromString(licence));
        assertThat(inspection.detailOf("DOCUMENT_EDITED")).isEqualTo("The file was saved by GIMP 2.10.34");
    }

    @Test
    void aBrokenOcrIsRetriedBecomesAnIncidentAndPassesOnceRepaired() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        uploadLicence(key, id, "licence.png", Encodings.png(LicenceRenderer.scan(Licence.xiamenTrading(), 1600)));
        OTHER_DOCUMENTS.forEach(type -> upload(key, id, type));
        // Tesseract "uninstalled" by pointing the shared parser elsewhere for the length of this test (restored below).
        String path = tesseract.getTesseractPath();
        tesseract.setTesseractPath("/nonexistent-tesseract/");
        ExternalTask task;
        try {
            submit(key, id);
            String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                    .singleResult().getId();
            // The inspection is an external task: the worker reports the failure, and the task waits a minute
            // (the first back-off) with three attempts left.
            task = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> externalTaskService
                    .createExternalTaskQuery().processInstanceId(instance).singleResult(),
                    t -> t != null && t.getErrorMessage() != null);
            assertThat(task.getRetries()).isEqualTo(3);
            assertThat(task.getErrorMessage()).contains("Inspection of revision 1 of application " + id)
                    .containsIgnoringCase("tesseract");
            assertThat(externalTaskService.getExternalTaskErrorDetails(task.getId())).contains("Exception");
            assertThat(task.getLockExpirationTime()).isAfter(new java.util.Date(System.currentTimeMillis() + 30_000));
            assertThat(application(key, id).get("status").asText()).isEqualTo("SUBMITTED");

            // The last attempt, due now: it fails too and becomes an incident.
            externalTaskService.setRetries(task.getId(), 1);
            externalTaskService.unlock(task.getId());
            String taskId = task.getId();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> runtimeService.createIncidentQuery()
                    .incidentType("failedExternalTask").configuration(taskId).count() == 1);
            assertThat(externalTaskService.createExternalTaskQuery().externalTaskId(taskId).singleResult()
                    .getRetries()).isZero();
        } finally {
            tesseract.setTesseractPath(path);
        }
        // The operator retries from Cockpit once Tesseract works again (setting retries resolves the incident).
        externalTaskService.setRetries(task.getId(), 1);
        awaitStatus(key, id, "IN_REVIEW");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
    }

    private Http.Response uploadLicence(String key, String id, String filename, byte[] bytes) {
        return http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key), "BUSINESS_LICENSE", filename,
                bytes, "image/jpeg");
    }

    private JsonNode awaitStatus(String key, String id, String status, String language) {
        // The merchant's view in another language, once the process has reached the status.
        awaitStatus(key, id, status);
        return application(key, id, language);
    }
}
