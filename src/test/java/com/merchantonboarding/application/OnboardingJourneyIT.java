package com.merchantonboarding.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * The whole journey through HTTP as outside clients see it: the merchant API and compliance officers
 * deciding through {@code /engine-rest} with their Camunda users.
 */
class OnboardingJourneyIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @Test
    void fromSignUpThroughChangesAndResubmissionToALiveWallet() throws Exception {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        List.of("BUSINESS_LICENSE", "LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK").forEach(t -> upload(key, id, t));
        submit(key, id);

        JsonNode due = awaitStatus(key, id, "CHANGES_REQUESTED");
        assertThat(due.at("/requirements/currentlyDue")).extracting(JsonNode::asText)
                .containsExactly("documents.BANK_ACCOUNT_PROOF");
        upload(key, id, "BANK_ACCOUNT_PROOF");
        JsonNode resubmitted = submit(key, id);
        assertThat(resubmitted.get("revision").asInt()).isEqualTo(2);
        awaitStatus(key, id, "IN_REVIEW");

        String taskId = reviewTask(id, "UserTask_ReviewApplication", "itolivia");
        Http.Response claimed = http.json(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
                Http.basic("itolivia", PASSWORD), Map.of("userId", "itolivia"));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
        Http.Response requested = complete(taskId, "itolivia", "REQUEST_CHANGES",
                "Please upload a sharper photo of the licence.",
                List.of(Map.of("requirement", "documents.BUSINESS_LICENSE", "code", "OFFICER_REQUEST",
                        "message", "The licence photo is cut off at the bottom; upload the whole page.")));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(204);

        JsonNode changes = awaitStatus(key, id, "CHANGES_REQUESTED");
        assertThat(changes.at("/requirements/errors")).hasSize(1);
        assertThat(changes.at("/requirements/errors/0/requirement").asText()).isEqualTo("documents.BUSINESS_LICENSE");
        assertThat(changes.at("/requirements/errors/0/code").asText()).isEqualTo("OFFICER_REQUEST");
        assertThat(changes.at("/requirements/errors/0/reason").asText())
                .isEqualTo("The licence photo is cut off at the bottom; upload the whole page.");
        assertThat(changes.at("/requirements/message").asText()).isEqualTo("Please upload a sharper photo of the licence.");
        assertThat(changes.toString()).doesNotContain("itolivia");
        assertThat(changes.at("/history")).anySatisfy(h -> {
            assertThat(h.get("status").asText()).isEqualTo("CHANGES_REQUESTED");
            assertThat(h.get("actor").asText()).isEqualTo("OFFICER");
        });

        String oldLicence = changes.at("/documents/0/id").asText();
        http.json(HttpMethod.DELETE, "/api/v1/applications/" + id + "/documents/" + oldLicence, Http.bearer(key), null);
        upload(key, id, "BUSINESS_LICENSE");
        assertThat(submit(key, id).get("revision").asInt()).isEqualTo(3);
        awaitStatus(key, id, "IN_REVIEW");

        String secondTask = reviewTask(id, "UserTask_ReviewApplication", "itoscar");
        assertThat(complete(secondTask, "itoscar", "APPROVE", null, null).status()).isEqualTo(204);
        JsonNode approved = awaitStatus(key, id, "APPROVED");
        assertThat(approved.at("/decision/outcome").asText()).isEqualTo("APPROVED");

        String verification = "/api/v1/applications/" + id + "/bank-account/verification";
        Http.Response wrong = http.json(HttpMethod.POST, verification, Http.bearer(key),
                Map.of("amounts", List.of("0.10", "0.20")));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("attemptsLeft").asInt()).isEqualTo(2);
        Http.Response right = http.json(HttpMethod.POST, verification, Http.bearer(key),
                Map.of("amounts", List.of("0.45", "0.32")));
        assertThat(right.status()).as(right.toString()).isEqualTo(200);

        JsonNode live = awaitStatus(key, id, "LIVE");
        assertThat(live.at("/wallet/status").asText()).isEqualTo("ACTIVE");
        assertThat(live.at("/wallet/providers")).extracting(JsonNode::asText).containsExactly("ALIPAY", "WECHAT_PAY");
        assertThat(live.at("/wallet/qrCodePayload").asText()).contains(live.get("reference").asText());
        assertThat(live.at("/wallet/paymentLinkBase").asText()).startsWith("https://");
        assertThat(live.at("/history")).extracting(h -> h.get("status").asText()).containsExactly("DRAFT",
                "SUBMITTED", "CHANGES_REQUESTED", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "SUBMITTED",
                "IN_REVIEW", "APPROVED", "LIVE");

        assertThat(historyService.createUserOperationLogQuery().taskId(secondTask)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult().getUserId())
                .isEqualTo("itoscar");
    }

    @Test
    void aHighRiskApprovalNeedsASecondReviewByAnotherLead() throws Exception {
        String key = newMerchant();
        Map<String, Object> data = completeData();
        data.put("merchantCategoryCode", "5912");
        data.put("walletProviders", List.of("ALIPAY", "PAYPAL"));
        data.put("expectedMonthlyVolume", Map.of("amount", "2500000.00", "currency", "CNY"));
        List<String> documents = new java.util.ArrayList<>(COMPANY_DOCUMENTS);
        documents.add("CATEGORY_PERMIT");
        String id = applicationInReview(key, data, documents);

        String first = reviewTask(id, "UserTask_ReviewApplication", "itliam");
        assertThat(complete(first, "itliam", "APPROVE", null, null).status()).isEqualTo(204);
        String second = reviewTask(id, "UserTask_SecondReview", "itlena");
        assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + id, Http.basic("itolivia", PASSWORD))
                .json()).isEmpty();

        Http.Response sameReviewer = complete(second, "itliam", "APPROVE", null, null);
        assertThat(sameReviewer.status()).isEqualTo(400);
        assertThat(sameReviewer.json().get("message").asText()).contains("Four eyes");
        assertThat(taskService.createTaskQuery().taskId(second).count()).isEqualTo(1);

        Http.Response firstReviewer = http.get("/engine-rest/process-instance?businessKey=" + id,
                Http.basic("itlena", PASSWORD));
        String instance = firstReviewer.json().get(0).get("id").asText();
        assertThat(http.get("/engine-rest/process-instance/" + instance + "/variables/firstReviewer",
                Http.basic("itlena", PASSWORD)).json().get("value").asText()).isEqualTo("itliam");

        assertThat(complete(second, "itlena", "APPROVE", null, null).status()).isEqualTo(204);
        awaitStatus(key, id, "APPROVED");
    }

    @Test
    void officersAreRefusedInvalidDecisionsAndAnalystsCannotCompleteTasks() throws Exception {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        String taskId = reviewTask(id, "UserTask_ReviewApplication", "itolivia");

        Http.Response noComment = complete(taskId, "itolivia", "REJECT", null, null);
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("message").asText()).contains("comment");
        Http.Response noItems = complete(taskId, "itolivia", "REQUEST_CHANGES", "Fix it", List.of());
        assertThat(noItems.status()).isEqualTo(400);
        Http.Response badPath = complete(taskId, "itolivia", "REQUEST_CHANGES", "Fix it",
                List.of(Map.of("requirement", "password", "code", "OFFICER_REQUEST", "message", "x")));
        assertThat(badPath.status()).isEqualTo(400);
        Http.Response unknown = complete(taskId, "itolivia", "MAYBE", null, null);
        assertThat(unknown.status()).isEqualTo(400);

        Http.Response analyst = complete(taskId, "itana", "APPROVE", null, null);
        assertThat(analyst.status()).isIn(403, 404);
        assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + id, Http.basic("itana", PASSWORD))
                .json()).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(application(key, id).get("status").asText()).isEqualTo("IN_REVIEW");

        Http.Response badReason = http.json(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Http.basic("itolivia", PASSWORD), Map.of("variables", Map.of(
                        "decision", Map.of("value", "REJECT", "type", "String"),
                        "reviewComment", Map.of("value", "No.", "type", "String"),
                        "rejectionReasons", Map.of("value", "[\"FIELD_MISSING\"]", "type", "Json"))));
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.json().get("message").asText()).contains("not a reason to reject");

        Http.Response rejected = http.json(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Http.basic("itolivia", PASSWORD), Map.of("variables", Map.of(
                        "decision", Map.of("value", "REJECT", "type", "String"),
                        "reviewComment", Map.of("value", "The business could not be verified.", "type", "String"),
                        "rejectionReasons", Map.of("value", "[\"PROHIBITED_CATEGORY\", \"APPLICATION_NOT_SUPPORTED\"]",
                                "type", "Json"))));
        assertThat(rejected.status()).isEqualTo(204);
        JsonNode done = awaitStatus(key, id, "REJECTED");
        assertThat(done.at("/decision/reasons")).extracting(r -> r.get("code").asText())
                .containsExactly("PROHIBITED_CATEGORY", "APPLICATION_NOT_SUPPORTED");
        assertThat(done.at("/decision/reasons/0/reason").asText())
                .isEqualTo("We cannot offer a wallet to this business category.");
        assertThat(done.at("/decision/message").asText()).isEqualTo("The business could not be verified.");
    }

    @Test
    void threeWrongBankConfirmationsSendTheApplicationBack() throws Exception {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        complete(reviewTask(id, "UserTask_ReviewApplication", "itolivia"), "itolivia", "APPROVE", null, null);
        awaitStatus(key, id, "APPROVED");
        String verification = "/api/v1/applications/" + id + "/bank-account/verification";
        for (int left = 2; left >= 0; left--) {
            Http.Response wrong = http.json(HttpMethod.POST, verification, Http.bearer(key),
                    Map.of("amounts", List.of("0.01", "0.02")));
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.json().get("attemptsLeft").asInt()).isEqualTo(left);
        }
        JsonNode back = awaitStatus(key, id, "CHANGES_REQUESTED");
        assertThat(back.at("/requirements/errors/0/code").asText()).isEqualTo("BANK_ACCOUNT_VERIFICATION_FAILED");
        assertThat(back.at("/requirements/currentlyDue/0").asText()).isEqualTo("bankAccount.accountNumber");
        assertThat(http.json(HttpMethod.POST, verification, Http.bearer(key),
                Map.of("amounts", List.of("0.32", "0.45"))).status()).isEqualTo(409);
    }

    @Test
    void engineRestNeedsCamundaCredentialsAndTheAdminSetupIsClosed() {
        assertThat(http.get("/engine-rest/task", null).status()).isEqualTo(401);
        // A wrong password locks the user for a while (Camunda's login throttling): a user of its own.
        assertThat(http.get("/engine-rest/task", Http.basic("itguest", "wrong-password")).status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", Http.basic("itolivia", PASSWORD)).status()).isEqualTo(200);
        Http.Response setup = http.json(HttpMethod.POST, "/camunda/api/admin/setup/default/user/create", null,
                Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "N", "email", "i@x.cn"),
                        "credentials", Map.of("password", "Intruder-Password-1")));
        assertThat(setup.status()).isIn(403, 401);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    /** Waits for the task and returns its id, as the officer sees it through /engine-rest. */
    private String reviewTask(String applicationId, String taskKey, String officer) {
        String[] id = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            JsonNode tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + applicationId
                    + "&taskDefinitionKey=" + taskKey, Http.basic(officer, PASSWORD)).json();
            if (tasks != null && tasks.size() == 1) {
                id[0] = tasks.get(0).get("id").asText();
                return true;
            }
            return false;
        });
        return id[0];
    }

    private Http.Response complete(String taskId, String officer, String decision, String comment,
                                   List<Map<String, String>> changes) throws Exception {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("decision", Map.of("value", decision, "type", "String"));
        if (comment != null) {
            variables.put("reviewComment", Map.of("value", comment, "type", "String"));
        }
        if (changes != null) {
            variables.put("requestedChanges", Map.of("value", JSON.writeValueAsString(changes), "type", "Json"));
        }
        return http.json(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Http.basic(officer, PASSWORD), Map.of("variables", variables));
    }
}
