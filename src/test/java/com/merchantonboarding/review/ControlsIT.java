package com.merchantonboarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;

/**
 * The attacks of a curious officer who reads the REST documentation, each refused by the engine, whatever the
 * request carries, and each refusal logged with the user and the task (docs/security.md).
 */
@ExtendWith(OutputCaptureExtension.class)
class ControlsIT extends IntegrationTest {

    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;

    @Test
    void anOfficerCannotSkipTheSecondReviewByCompletingWithALowRisk(CapturedOutput log) {
        String id = highRiskApplicationInReview();
        String task = openTask(id, "UserTask_ReviewApplication");

        Http.Response refused = complete(task, "itolivia", Map.of("decision", text("APPROVE"),
                "riskLevel", text("LOW")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("'riskLevel'").contains("decision");
        assertThat(openTask(id, "UserTask_ReviewApplication")).isEqualTo(task);
        assertThat(log.getOut()).contains("Refused: user itolivia tried to set variable 'riskLevel'")
                .contains(task);

        // Even a riskLevel variable changed behind the engine's back does not route: the record does.
        String instance = processInstance(id);
        runtime.setVariable(instance, "riskLevel", "LOW");
        assertThat(complete(task, "itolivia", Map.of("decision", text("APPROVE"))).status()).isEqualTo(204);
        assertThat(openTask(id, "UserTask_SecondReview")).isNotNull();
        assertThat(application(id).get("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void theFirstReviewerCannotDoTheSecondReviewWhateverTheVariablesSay(CapturedOutput log) {
        String id = highRiskApplicationInReview();
        String review = openTask(id, "UserTask_ReviewApplication");
        assertThat(complete(review, "itliam", Map.of("decision", text("APPROVE"))).status()).isEqualTo(204);
        String second = openTask(id, "UserTask_SecondReview");

        Http.Response withVariable = complete(second, "itliam", Map.of("decision", text("APPROVE"),
                "firstReviewer", text("itlena")));
        assertThat(withVariable.status()).as(withVariable.toString()).isEqualTo(400);
        assertThat(withVariable.json().get("message").asText()).contains("'firstReviewer'");

        runtime.setVariable(processInstance(id), "firstReviewer", "itlena");
        Http.Response fourEyes = complete(second, "itliam", Map.of("decision", text("APPROVE")));
        assertThat(fourEyes.status()).as(fourEyes.toString()).isEqualTo(400);
        assertThat(fourEyes.json().get("message").asText()).contains("Four eyes");
        assertThat(application(id).get("status").asText()).isEqualTo("IN_REVIEW");

        assertThat(complete(second, "itlena", Map.of("decision", text("APPROVE"))).status()).isEqualTo(204);
        assertThat(application(id).get("status").asText()).isEqualTo("APPROVED");
        assertThat(log.getOut()).contains("tried to set variable 'firstReviewer'");
    }

    @Test
    void officersCannotRewriteProcessStateThroughTheTask(CapturedOutput log) {
        String id = highRiskApplicationInReview();
        String task = openTask(id, "UserTask_ReviewApplication");
        Http.Response modify = http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/variables",
                Http.basic("itolivia", PASSWORD), Map.of("modifications", Map.of("screeningOutcome",
                        text("APPROVE"))));
        assertThat(modify.status()).as(modify.toString()).isEqualTo(403);
        assertThat(http.json(HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/screeningOutcome",
                Http.basic("itolivia", PASSWORD), text("APPROVE")).status()).isEqualTo(403);
        assertThat(http.json(HttpMethod.PUT, "/engine-rest/task/" + task + "/localVariables/riskLevel",
                Http.basic("itolivia", PASSWORD), text("LOW")).status()).isEqualTo(403);
        assertThat(runtime.getVariable(processInstance(id), "screeningOutcome")).isEqualTo("REVIEW");
        assertThat(log.getOut()).contains("Refused on /engine-rest: user itolivia");

        // Tasklist's way of completing, submit-form, is held to the same variables.
        Http.Response submitted = http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
                Http.basic("itolivia", PASSWORD), Map.of("variables", Map.of("decision", text("APPROVE"),
                        "screeningOutcome", text("APPROVE"))));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(400);
        assertThat(submitted.json().get("message").asText()).contains("'screeningOutcome'");
    }

    @Test
    void officersCannotWidenATaskAndAnalystsNeverCompleteAReview(CapturedOutput log) {
        String id = highRiskApplicationInReview();
        String task = openTask(id, "UserTask_ReviewApplication");
        Http.Response link = http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/identity-links",
                Http.basic("itolivia", PASSWORD), Map.of("groupId", "business-analysts", "type", "candidate"));
        assertThat(link.status()).as(link.toString()).isEqualTo(403);
        assertThat(http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/delegate",
                Http.basic("itolivia", PASSWORD), Map.of("userId", "itana")).status()).isEqualTo(403);
        assertThat(http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/assignee",
                Http.basic("itolivia", PASSWORD), Map.of("userId", "itana")).status()).isEqualTo(403);

        // What officers are meant to do still works: claim, comment, give back.
        assertThat(http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/claim",
                Http.basic("itolivia", PASSWORD), Map.of("userId", "itolivia")).status()).isEqualTo(204);
        assertThat(http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/comment/create",
                Http.basic("itolivia", PASSWORD), Map.of("message", "Checked the licence.")).status())
                .isEqualTo(200);
        assertThat(http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/unclaim",
                Http.basic("itolivia", PASSWORD), null).status()).isEqualTo(204);

        // Should the analysts' group be linked anyway (an administrator's slip), an analyst still cannot decide.
        tasks.addCandidateGroup(task, "business-analysts");
        Http.Response analyst = complete(task, "itana", Map.of("decision", text("APPROVE")));
        assertThat(analyst.status()).as(analyst.toString()).isEqualTo(403);
        assertThat(openTask(id, "UserTask_ReviewApplication")).isEqualTo(task);
        assertThat(application(id).get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(log.getOut()).contains("Refused: user itana is not in");
    }

    @Test
    void aJavaSerializedValueIsRefusedWith400() {
        String id = highRiskApplicationInReview();
        String task = openTask(id, "UserTask_ReviewApplication");
        Map<String, Object> serialized = Map.of("value", "rO0ABXQAB0FQUFJPVkU=", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object"));
        Http.Response completion = complete(task, "itolivia", Map.of("decision", serialized));
        assertThat(completion.status()).as(completion.toString()).isEqualTo(400);

        Http.Response asAdmin = http.json(HttpMethod.PUT, "/engine-rest/process-instance/" + processInstance(id)
                + "/variables/note", Http.basic("admin", "Qx7-Integration-Secret"), serialized);
        assertThat(asAdmin.status()).as(asAdmin.toString()).isEqualTo(400);
        assertThat(asAdmin.text()).doesNotContain("Exception:").contains("Java-serialized");
    }

    @Test
    void officersSeeOnlyApplicationsThatWereSubmitted() {
        String key = newMerchant();
        String draft = createApplication(key, completeData());
        String session = http.webappSession("itolivia", PASSWORD, "tasklist");
        Http.Response dossier = http.get("/back-office/api/applications/" + draft + "/dossier",
                Http.cookies(session));
        assertThat(dossier.status()).as(dossier.toString()).isEqualTo(404);
    }

    private String highRiskKey;

    /** A pharmacy taking PayPal with a large volume: screening rates it high risk and sends it to review. */
    private String highRiskApplicationInReview() {
        highRiskKey = newMerchant();
        Map<String, Object> data = completeData();
        data.put("merchantCategoryCode", "5912");
        data.put("walletProviders", List.of("ALIPAY", "PAYPAL"));
        data.put("expectedMonthlyVolume", Map.of("amount", "2500000.00", "currency", "CNY"));
        List<String> documents = new ArrayList<>(COMPANY_DOCUMENTS);
        documents.add("CATEGORY_PERMIT");
        String id = applicationInReview(highRiskKey, data, documents);
        assertThat(application(id).toString()).contains("IN_REVIEW");
        return id;
    }

    private JsonNode application(String id) {
        return application(highRiskKey, id);
    }

    private String processInstance(String id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
    }

    private String openTask(String id, String definitionKey) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(definitionKey)
                .singleResult();
        return task == null ? null : task.getId();
    }

    private Http.Response complete(String task, String user, Map<String, Object> variables) {
        return http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/complete", Http.basic(user, PASSWORD),
                Map.of("variables", new HashMap<>(variables)));
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }
}
