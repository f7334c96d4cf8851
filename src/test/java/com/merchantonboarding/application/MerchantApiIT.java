package com.merchantonboarding.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.TestFiles;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Every call of the merchant API and its errors, over HTTP, on PostgreSQL. */
class MerchantApiIT extends IntegrationTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    void signUpReturnsAKeyOnceAndRefusesDuplicatesAndWeakPasswords() {
        String email = "shop-" + UUID.randomUUID() + "@example.cn";
        Http.Response created = http.json(HttpMethod.POST, "/api/v1/merchants", null,
                Map.of("email", email, "password", "a-long-password-123", "displayName", "Shop", "locale", "zh-CN"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("apiKey").asText()).startsWith("mo_").hasSizeGreaterThan(30);
        assertThat(created.json().get("merchantId").asText()).isNotBlank();

        Http.Response duplicate = http.json(HttpMethod.POST, "/api/v1/merchants", null,
                Map.of("email", email.toUpperCase(), "password", "a-long-password-123", "displayName", "Shop"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");

        Http.Response weak = http.json(HttpMethod.POST, "/api/v1/merchants", null,
                Map.of("email", "x-" + UUID.randomUUID() + "@example.cn", "password", "short", "displayName", "S"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asText()).isEqualTo("password");

        Http.Response badEmail = http.json(HttpMethod.POST, "/api/v1/merchants", null,
                Map.of("email", "not-an-email", "password", "a-long-password-123", "displayName", "S"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
    }

    @Test
    void refusesCallsWithoutAValidKeyAndMerchantKeysOpenNothingElse() {
        assertThat(http.get("/api/v1/applications", null).status()).isEqualTo(401);
        Http.Response wrong = http.get("/api/v1/applications", Http.bearer("mo_not-a-real-key"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().get("type").asText()).isNotBlank();

        String key = newMerchant();
        assertThat(http.get("/engine-rest/task", Http.bearer(key)).status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/process-instance", null).status()).isEqualTo(401);
    }

    @Test
    void createsListsReadsAndUpdatesADraftWithNumbersMasked() {
        String key = newMerchant();
        Http.Response created = http.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key), completeData());
        assertThat(created.status()).isEqualTo(201);
        JsonNode app = created.json();
        assertThat(app.get("status").asText()).isEqualTo("DRAFT");
        assertThat(app.get("revision").asInt()).isEqualTo(1);
        assertThat(app.get("reference").asText()).matches("MO-\\d{4}-\\d{6}");
        assertThat(app.at("/data/bankAccount/accountNumber").asText()).isEqualTo("****3445");
        assertThat(app.at("/data/legalRepresentative/idNumber").asText()).isEqualTo("****123X");
        assertThat(created.text()).doesNotContain("6222020200112233445", "35020319900101123X");
        assertThat(app.get("decision").isNull()).isTrue();
        assertThat(app.get("wallet").isNull()).isTrue();

        String id = app.get("id").asText();
        Map<String, Object> changed = completeData();
        changed.put("tradingName", "Tea House Two");
        Http.Response updated = http.json(HttpMethod.PUT, "/api/v1/applications/" + id, Http.bearer(key), changed);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().at("/data/tradingName").asText()).isEqualTo("Tea House Two");

        String second = createApplication(key, Map.of());
        Http.Response list = http.get("/api/v1/applications", Http.bearer(key));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(2);
        assertThat(list.json().get(0).get("id").asText()).isEqualTo(second);
        assertThat(list.json().get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "reference", "status", "revision", "updatedAt");
    }

    @Test
    void anotherMerchantsApplicationIsNotFound() {
        String owner = newMerchant();
        String id = createApplication(owner, completeData());
        String documentId = upload(owner, id, "BUSINESS_LICENSE").get("id").asText();
        String intruder = newMerchant();

        assertThat(http.get("/api/v1/applications/" + id, Http.bearer(intruder)).status()).isEqualTo(404);
        assertThat(http.json(HttpMethod.PUT, "/api/v1/applications/" + id, Http.bearer(intruder), completeData())
                .status()).isEqualTo(404);
        assertThat(http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/submit", Http.bearer(intruder), null)
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v1/applications/" + id + "/documents/" + documentId + "/content",
                Http.bearer(intruder)).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/applications/" + UUID.randomUUID(), Http.bearer(owner)).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/applications/not-a-uuid", Http.bearer(owner)).status()).isEqualTo(404);
        assertThat(application(owner, id).get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void malformedBodiesGetProblemsAndChangeNothing() {
        String key = newMerchant();
        String id = createApplication(key, completeData());

        Http.Response malformed = http.json(HttpMethod.PUT, "/api/v1/applications/" + id, Http.bearer(key),
                "{\"legalName\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.text()).doesNotContain("Exception", "com.fasterxml", "at com.");

        Map<String, Object> unknownEnum = completeData();
        unknownEnum.put("walletProviders", List.of("ALIPAY", "BITCOIN"));
        Http.Response badEnum = http.json(HttpMethod.PUT, "/api/v1/applications/" + id, Http.bearer(key), unknownEnum);
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("field").asText()).startsWith("walletProviders");
        assertThat(badEnum.json().get("detail").asText()).contains("BITCOIN");

        Map<String, Object> badCountry = completeData();
        badCountry.put("country", "china");
        Http.Response invalid = http.json(HttpMethod.PUT, "/api/v1/applications/" + id, Http.bearer(key), badCountry);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asText()).isEqualTo("country");

        assertThat(application(key, id).at("/data/country").asText()).isEqualTo("CN");
        assertThat(application(key, id).at("/data/walletProviders")).hasSize(2);
    }

    @Test
    void uploadsJudgeFilesByTheirBytesAndStoreNothingOnError() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        String base = "/api/v1/applications/" + id + "/documents";

        Http.Response disguised = http.upload(base, Http.bearer(key), "BUSINESS_LICENSE", "licence.png",
                TestFiles.executable(), "image/png");
        assertThat(disguised.status()).isEqualTo(415);
        assertThat(disguised.json().get("detail").asText()).contains("executable");

        Http.Response empty = http.upload(base, Http.bearer(key), "BUSINESS_LICENSE", "empty.jpg", new byte[0],
                "image/jpeg");
        assertThat(empty.status()).isEqualTo(400);

        Http.Response tooLarge = http.upload(base, Http.bearer(key), "BUSINESS_LICENSE", "huge.jpg",
                new byte[10 * 1024 * 1024 + 1], "image/jpeg");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");

        Http.Response unknownType = http.upload(base, Http.bearer(key), "PASSPORT", "x.jpg", TestFiles.jpeg(800, 600),
                "image/jpeg");
        assertThat(unknownType.status()).isEqualTo(400);

        assertThat(application(key, id).get("documents")).isEmpty();

        Http.Response png = http.upload(base, Http.bearer(key), "LEGAL_REP_ID_FRONT", "id.bin",
                TestFiles.png(900, 700), "application/octet-stream");
        assertThat(png.status()).isEqualTo(201);
        assertThat(png.json().get("detectedMediaType").asText()).isEqualTo("image/png");
        Http.Response pdf = http.upload(base, Http.bearer(key), "BANK_ACCOUNT_PROOF", "proof.pdf", TestFiles.pdf(),
                "application/pdf");
        assertThat(pdf.status()).isEqualTo(201);
        assertThat(pdf.json().get("detectedMediaType").asText()).isEqualTo("application/pdf");
        assertThat(application(key, id).get("documents")).hasSize(2);
    }

    @Test
    void returnsTheStoredBytesAndDeletesFromTheDraft() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        byte[] bytes = TestFiles.jpeg(1000, 700);
        String documentId = http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key),
                "BUSINESS_LICENSE", "licence.jpg", bytes, "image/jpeg").json().get("id").asText();

        Http.Response content = http.bytes("/api/v1/applications/" + id + "/documents/" + documentId + "/content",
                Http.bearer(key));
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.contentType()).isEqualTo("image/jpeg");
        assertThat(content.headers().getFirst("Content-Disposition")).startsWith("attachment");
        assertThat(Base64.getDecoder().decode(content.text())).isEqualTo(bytes);

        Http.Response deleted = http.json(HttpMethod.DELETE, "/api/v1/applications/" + id + "/documents/" + documentId,
                Http.bearer(key), null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(application(key, id).get("documents")).isEmpty();
        assertThat(http.json(HttpMethod.DELETE, "/api/v1/applications/" + id + "/documents/" + documentId,
                Http.bearer(key), null).status()).isEqualTo(404);
    }

    @Test
    void actionsInTheWrongStatusAreRefused() {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        String documentId = application(key, id).at("/documents/0/id").asText();

        String path = "/api/v1/applications/" + id;
        assertThat(http.json(HttpMethod.PUT, path, Http.bearer(key), completeData()).status()).isEqualTo(409);
        assertThat(http.json(HttpMethod.POST, path + "/submit", Http.bearer(key), null).status()).isEqualTo(409);
        assertThat(http.upload(path + "/documents", Http.bearer(key), "LEGAL_REP_ID_FRONT", "id.jpg",
                TestFiles.jpeg(900, 700), "image/jpeg").status()).isEqualTo(409);
        assertThat(http.json(HttpMethod.DELETE, path + "/documents/" + documentId, Http.bearer(key), null).status())
                .isEqualTo(409);
        Http.Response verify = http.json(HttpMethod.POST, path + "/bank-account/verification", Http.bearer(key),
                Map.of("amounts", List.of("0.32", "0.45")));
        assertThat(verify.status()).isEqualTo(409);
        assertThat(verify.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstResponse() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        String other = createApplication(key, completeData());
        Map<String, String> idem = Map.of("Idempotency-Key", "submit-" + id);

        Http.Response first = http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/submit",
                Http.bearer(key, idem), null);
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("status").asText()).isEqualTo("SUBMITTED");

        Http.Response again = http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/submit",
                Http.bearer(key, idem), null);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");

        Http.Response reused = http.json(HttpMethod.POST, "/api/v1/applications/" + other + "/submit",
                Http.bearer(key, idem), null);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(application(key, other).get("status").asText()).isEqualTo("DRAFT");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsStartOneProcessAndLoseNothing() throws Exception {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Http.Response>> results = new ArrayList<>();
            Callable<Http.Response> submitCall = () -> http.json(HttpMethod.POST,
                    "/api/v1/applications/" + id + "/submit", Http.bearer(key), null);
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(submitCall));
            }
            int accepted = 0;
            for (Future<Http.Response> result : results) {
                Http.Response response = result.get();
                assertThat(response.status()).as(response.toString()).isIn(202, 409);
                if (response.status() == 202) {
                    accepted++;
                }
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
        assertThat(application(key, id).get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void anIncompleteSubmissionComesBackWithLocalizedRequirements() {
        String key = newMerchant();
        Map<String, Object> data = completeData();
        data.remove("legalName");
        String id = createApplication(key, data);
        submit(key, id);
        awaitStatus(key, id, "CHANGES_REQUESTED");

        JsonNode en = application(key, id, "en");
        assertThat(en.at("/requirements/currentlyDue")).extracting(JsonNode::asText)
                .contains("legalName", "documents.BUSINESS_LICENSE", "documents.BANK_ACCOUNT_PROOF");
        assertThat(en.at("/requirements/respondBy").asText()).isNotBlank();
        assertThat(en.at("/requirements/errors")).anySatisfy(e -> {
            assertThat(e.get("requirement").asText()).isEqualTo("legalName");
            assertThat(e.get("code").asText()).isEqualTo("FIELD_MISSING");
            assertThat(e.get("reason").asText()).isEqualTo("This information is required.");
        });
        JsonNode zh = application(key, id, "zh-CN,zh;q=0.9");
        assertThat(zh.at("/requirements/errors")).anySatisfy(e -> {
            assertThat(e.get("code").asText()).isEqualTo("DOCUMENT_MISSING");
            assertThat(e.get("reason").asText()).isEqualTo("请上传此证件。");
        });
    }

    @Test
    void aWrongIdNumberComesBackAsInvalidWithoutRepeatingIt() {
        String key = newMerchant();
        Map<String, Object> data = completeData();
        data.put("legalRepresentative", Map.of("fullName", "王小明", "idNumber", "350203199001011230"));
        String id = createApplication(key, data);
        COMPANY_DOCUMENTS.forEach(type -> upload(key, id, type));
        submit(key, id);
        awaitStatus(key, id, "CHANGES_REQUESTED");

        JsonNode zh = application(key, id, "zh-CN");
        assertThat(zh.at("/requirements/currentlyDue")).extracting(JsonNode::asText)
                .containsExactly("legalRepresentative.idNumber");
        assertThat(zh.at("/requirements/errors")).singleElement().satisfies(e -> {
            assertThat(e.get("code").asText()).isEqualTo("FIELD_INVALID");
            assertThat(e.get("reason").asText()).isEqualTo("此项信息格式不正确。");
        });
        assertThat(zh.at("/data/legalRepresentative/idNumber").asText()).isEqualTo("****1230");
        assertThat(zh.toString()).doesNotContain("350203199001011230");
    }

    @Test
    void aProhibitedCategoryIsRejectedWithItsReason() {
        String key = newMerchant();
        String id = submitProhibitedCategory(key);
        JsonNode rejected = awaitStatus(key, id, "REJECTED");
        assertThat(rejected.at("/decision/outcome").asText()).isEqualTo("REJECTED");
        assertThat(rejected.at("/decision/reasons/0/code").asText()).isEqualTo("PROHIBITED_CATEGORY");
        assertThat(rejected.at("/decision/reasons/0/reason").asText())
                .isEqualTo("We cannot offer a wallet to this business category.");
        assertThat(rejected.at("/history")).extracting(h -> h.get("status").asText())
                .containsExactly("DRAFT", "SUBMITTED", "REJECTED");
        assertThat(http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/withdraw", Http.bearer(key), null)
                .status()).isEqualTo(409);
    }

    @Test
    void withdrawsADraftAndARunningApplication() {
        String key = newMerchant();
        String draft = createApplication(key, completeData());
        Http.Response withdrawn = http.json(HttpMethod.POST, "/api/v1/applications/" + draft + "/withdraw",
                Http.bearer(key), null);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(http.json(HttpMethod.POST, "/api/v1/applications/" + draft + "/withdraw", Http.bearer(key), null)
                .status()).isEqualTo(409);

        String inReview = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        Http.Response stopped = http.json(HttpMethod.POST, "/api/v1/applications/" + inReview + "/withdraw",
                Http.bearer(key), null);
        assertThat(stopped.status()).isEqualTo(200);
        assertThat(stopped.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(inReview).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(historyService.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(inReview).singleResult().getId())
                .activityId("EndEvent_ApplicationWithdrawn").count()).isEqualTo(1);
    }

    @Test
    void processHistoryHoldsIdsAndFlagsButNoAccountOrIdNumbers() {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        String instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult().getId();
        var variables = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list();
        assertThat(variables).filteredOn(v -> v.getTaskId() == null).extracting(v -> v.getName())
                .containsExactlyInAnyOrder("applicationId", "revision", "screeningOutcome", "riskLevel");
        // The review task's display copies for Tasklist's cards (review/ReviewTaskCaseListener), on the task only.
        assertThat(variables).filteredOn(v -> v.getTaskId() != null).extracting(v -> v.getName())
                .containsExactlyInAnyOrder("reference", "merchantName", "merchantCategory", "country",
                        "walletProviders", "review");
        assertThat(variables).allSatisfy(v -> assertThat(String.valueOf(v.getValue()))
                .doesNotContain("6222020200112233445", "35020319900101123X"));
    }
}
