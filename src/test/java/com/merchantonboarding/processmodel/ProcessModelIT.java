package com.merchantonboarding.processmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * The analyst's change of the process, end to end: applications wait at every wait state of the model; the analyst
 * adds a step, checks, deploys and migrates them; each finishes on the new version. A change that removes a wait
 * state is refused with the applications that could not move. Going back is deploying the earlier model again.
 */
class ProcessModelIT extends IntegrationTest {

    private static final String NEW_STEP = """
                <bpmn:serviceTask id="ServiceTask_ScreenSanctions" name="Screen against sanctions lists" \
            camunda:delegateExpression="${sanctionsScreeningDelegate}">
                  <bpmn:incoming>Flow_ApplicationScreened</bpmn:incoming>
                  <bpmn:outgoing>Flow_SanctionsScreened</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:sequenceFlow id="Flow_SanctionsScreened" sourceRef="ServiceTask_ScreenSanctions" \
            targetRef="Gateway_ScreeningOutcome" />
            """;

    @Autowired
    private ProcessModels models;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private HistoryService history;
    @Autowired
    private RepositoryService repository;

    @Test
    void anAnalystAddsAStepAndTheWaitingApplicationsFinishOnTheNewVersion() throws Exception {
        Path folder = copyOfTheShippedFolder();
        String original = Files.readString(folder.resolve(ModelFolder.MODEL));

        Waiting inReview = new Waiting(newMerchant());
        inReview.id = applicationInReview(inReview.key, completeData(), COMPANY_DOCUMENTS);
        Waiting inSecondReview = highRiskInSecondReview();
        Waiting awaitingResubmission = new Waiting(newMerchant());
        awaitingResubmission.id = createApplication(awaitingResubmission.key, completeData());
        List.of("BUSINESS_LICENSE", "LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK")
                .forEach(type -> upload(awaitingResubmission.key, awaitingResubmission.id, type));
        submit(awaitingResubmission.key, awaitingResubmission.id);
        awaitStatus(awaitingResubmission.key, awaitingResubmission.id, "CHANGES_REQUESTED");
        Waiting awaitingBank = new Waiting(newMerchant());
        awaitingBank.id = applicationInReview(awaitingBank.key, completeData(), COMPANY_DOCUMENTS);
        assertThat(complete(openTask(awaitingBank.id, "UserTask_ReviewApplication"), "itolivia", "APPROVE"))
                .isEqualTo(204);
        awaitStatus(awaitingBank.key, awaitingBank.id, "APPROVED");
        List<Waiting> all = List.of(inReview, inSecondReview, awaitingResubmission, awaitingBank);
        Map<String, String> before = definitions(all);

        // The analyst adds a step between screening and the decision on its outcome.
        String changed = original.replace("targetRef=\"Gateway_ScreeningOutcome\" />",
                        "targetRef=\"ServiceTask_ScreenSanctions\" />")
                .replace("<bpmn:incoming>Flow_ApplicationScreened</bpmn:incoming>",
                        "<bpmn:incoming>Flow_SanctionsScreened</bpmn:incoming>")
                .replace("  </bpmn:process>", NEW_STEP + "  </bpmn:process>");
        Files.writeString(folder.resolve(ModelFolder.MODEL), changed);

        assertThat(http.json(HttpMethod.POST, "/back-office/api/process/check", Http.basic("itolivia", PASSWORD),
                null).status()).isEqualTo(403);
        assertThat(http.json(HttpMethod.POST, "/back-office/api/process/deploy", Http.basic("itolivia", PASSWORD),
                Map.of("migrate", true)).status()).isEqualTo(403);
        Http.Response check = http.json(HttpMethod.POST, "/back-office/api/process/check",
                Http.basic("itana", PASSWORD), null);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        JsonNode report = check.json();
        assertThat(report.get("passed").asBoolean()).as(check.toString()).isTrue();
        assertThat(report.at("/changes/added").toString()).contains("ServiceTask_ScreenSanctions");
        assertThat(report.get("scenarios").size()).isGreaterThanOrEqualTo(8);
        assertThat(report.at("/migration/cannotMove").toString()).doesNotContain(inReview.id);

        Http.Response deployed = http.json(HttpMethod.POST, "/back-office/api/process/deploy",
                Http.basic("itana", PASSWORD), Map.of("migrate", true));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
        JsonNode result = deployed.json();
        assertThat(result.get("changed").asBoolean()).isTrue();
        assertThat(result.get("versionTag").asText()).matches("\\d{4}-\\d{2}-\\d{2}\\.\\d+\\+[0-9a-f]{8}");
        assertThat(result.get("migrated").asInt()).isGreaterThanOrEqualTo(4);
        String newDefinition = result.get("processDefinitionId").asText();
        awaitBatches();
        assertThat(definitions(all)).allSatisfy((id, definition) -> assertThat(definition).isEqualTo(newDefinition));
        assertThat(before).allSatisfy((id, definition) -> assertThat(definition).isNotEqualTo(newDefinition));
        assertThat(history.createUserOperationLogQuery().entityType("Deployment").userId("itana").count())
                .isGreaterThanOrEqualTo(1);
        JsonNode log = http.get("/back-office/api/process", Http.basic("itana", PASSWORD)).json();
        assertThat(log.at("/history/0/deployedBy").asText()).isEqualTo("itana");
        assertThat(log.at("/history/0/added").asText()).contains("ServiceTask_ScreenSanctions");

        // Each finishes correctly on the new version.
        assertThat(complete(openTask(inReview.id, "UserTask_ReviewApplication"), "itoscar", "APPROVE"))
                .isEqualTo(204);
        awaitStatus(inReview.key, inReview.id, "APPROVED");
        assertThat(complete(openTask(inSecondReview.id, "UserTask_SecondReview"), "itlena", "APPROVE"))
                .isEqualTo(204);
        awaitStatus(inSecondReview.key, inSecondReview.id, "APPROVED");
        upload(awaitingResubmission.key, awaitingResubmission.id, "BANK_ACCOUNT_PROOF");
        submit(awaitingResubmission.key, awaitingResubmission.id);
        awaitStatus(awaitingResubmission.key, awaitingResubmission.id, "IN_REVIEW");
        String session = http.webappSession("itolivia", PASSWORD, "tasklist");
        assertThat(http.get("/back-office/api/applications/" + awaitingResubmission.id + "/dossier",
                Http.cookies(session)).text()).contains("SANCTIONS_NOT_SCREENED");
        assertThat(http.json(HttpMethod.POST, "/api/v1/applications/" + awaitingBank.id
                + "/bank-account/verification", Http.bearer(awaitingBank.key),
                Map.of("amounts", List.of("0.32", "0.45"))).status()).isEqualTo(200);
        awaitStatus(awaitingBank.key, awaitingBank.id, "LIVE");

        // A change that removes a wait state is refused, naming the applications that could not move.
        Waiting stillWaiting = new Waiting(newMerchant());
        stillWaiting.id = applicationInReview(stillWaiting.key, completeData(), COMPANY_DOCUMENTS);
        complete(openTask(stillWaiting.id, "UserTask_ReviewApplication"), "itolivia", "APPROVE");
        awaitStatus(stillWaiting.key, stillWaiting.id, "APPROVED");
        // The receive task the application waits in is gone (here: given another id, and not mapped).
        String withoutBankWait = changed.replace("ReceiveTask_AwaitBankVerification", "ReceiveTask_AwaitBankConfirmed");
        Files.writeString(folder.resolve(ModelFolder.MODEL), withoutBankWait);
        Http.Response refused = http.json(HttpMethod.POST, "/back-office/api/process/deploy",
                Http.basic("itana", PASSWORD), Map.of("migrate", true));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text()).contains("ReceiveTask_AwaitBankVerification");
        JsonNode stuck = http.json(HttpMethod.POST, "/back-office/api/process/check", Http.basic("itana", PASSWORD),
                null).json().at("/migration/cannotMove");
        assertThat(stuck.toString()).contains(stillWaiting.id).contains("ReceiveTask_AwaitBankVerification");
        assertThat(definitions(List.of(stillWaiting)).get(stillWaiting.id)).isEqualTo(newDefinition);

        // Going back: the earlier model, deployed through the same path.
        Files.writeString(folder.resolve(ModelFolder.MODEL), original);
        Http.Response back = http.json(HttpMethod.POST, "/back-office/api/process/deploy",
                Http.basic("itana", PASSWORD), Map.of("migrate", true));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        awaitBatches();
        assertThat(back.json().at("/changes/removed").toString()).contains("ServiceTask_ScreenSanctions");

        // A changed form alone is a new version, which carries the changed form; the earlier keeps its own.
        Path reasons = folder.resolve("forms/reject-reasons.html");
        Files.writeString(reasons, Files.readString(reasons).replace("Reasons the merchant reads",
                "Reasons the merchant will read"));
        Http.Response formOnly = http.json(HttpMethod.POST, "/back-office/api/process/deploy",
                Http.basic("itana", PASSWORD), Map.of("migrate", true));
        assertThat(formOnly.status()).as(formOnly.toString()).isEqualTo(200);
        awaitBatches();
        assertThat(formOnly.json().get("changed").asBoolean()).isTrue();
        assertThat(formOnly.json().get("versionTag").asText()).isNotEqualTo(back.json().get("versionTag").asText());
        assertThat(formOnly.json().at("/changes/changed").toString()).isEqualTo("[\"forms/reject-reasons.html\"]");
        String backDefinition = back.json().get("processDefinitionId").asText();
        String formDefinition = formOnly.json().get("processDefinitionId").asText();
        assertThat(deployed(formDefinition, "forms/reject-reasons.html")).contains("Reasons the merchant will read");
        assertThat(deployed(backDefinition, "forms/reject-reasons.html")).contains("Reasons the merchant reads");
        assertThat(deployed(formDefinition, ModelFolder.MODEL)).contains(
                "camunda:formKey=\"embedded:deployment:forms/review-application.html\"");
        Http.Response same = http.json(HttpMethod.POST, "/back-office/api/process/deploy",
                Http.basic("itana", PASSWORD), Map.of("migrate", false));
        assertThat(same.json().get("changed").asBoolean()).as(same.toString()).isFalse();
        assertThat(same.json().get("processDefinitionId").asText()).isEqualTo(formDefinition);
    }

    @Test
    void twoNodesDeployingTheSameChangeAtStartMakeOneVersion() throws Exception {
        Path folder = copyOfTheShippedFolder();
        Path reasons = folder.resolve("forms/reject-reasons.html");
        String shipped = Files.readString(reasons);
        String marker = "Reasons the merchant reads (" + java.util.UUID.randomUUID() + ")";
        Files.writeString(reasons, shipped.replace("Reasons the merchant reads", marker));
        long versionsBefore = repository.createProcessDefinitionQuery().processDefinitionKey("merchant-onboarding")
                .count();

        // Two starts at once, as two nodes on one database: each compares and deploys in its own transaction.
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(nodes.submit(() -> {
                    together.await();
                    models.deployAtStart();
                    return null;
                }));
            }
            for (var start : starts) {
                start.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
            Files.writeString(reasons, shipped);
        }

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("merchant-onboarding").count())
                .as("versions after two simultaneous starts with one change").isEqualTo(versionsBefore + 1);
        assertThat(deployed(models.latest().getId(), "forms/reject-reasons.html")).contains(marker);
        models.deployAtStart();
    }

    private String deployed(String processDefinitionId, String resource) throws Exception {
        String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
        try (var in = repository.getResourceAsStream(deploymentId, resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Waiting highRiskInSecondReview() {
        Waiting waiting = new Waiting(newMerchant());
        Map<String, Object> data = completeData();
        data.put("merchantCategoryCode", "5912");
        data.put("walletProviders", List.of("ALIPAY", "PAYPAL"));
        data.put("expectedMonthlyVolume", Map.of("amount", "2500000.00", "currency", "CNY"));
        List<String> documents = new ArrayList<>(COMPANY_DOCUMENTS);
        documents.add("CATEGORY_PERMIT");
        waiting.id = applicationInReview(waiting.key, data, documents);
        assertThat(complete(openTask(waiting.id, "UserTask_ReviewApplication"), "itliam", "APPROVE")).isEqualTo(204);
        assertThat(openTask(waiting.id, "UserTask_SecondReview")).isNotNull();
        return waiting;
    }

    private Path copyOfTheShippedFolder() throws Exception {
        Path target = Path.of(models.location());
        Path shipped = Path.of("bpmn");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    private void awaitBatches() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> management.createBatchQuery().count() == 0);
    }

    private Map<String, String> definitions(List<Waiting> applications) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Waiting waiting : applications) {
            result.put(waiting.id, runtime.createProcessInstanceQuery().processInstanceBusinessKey(waiting.id)
                    .singleResult().getProcessDefinitionId());
        }
        return result;
    }

    private String openTask(String id, String definitionKey) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(definitionKey)
                .singleResult();
        return task == null ? null : task.getId();
    }

    private int complete(String task, String user, String decision) {
        return http.json(HttpMethod.POST, "/engine-rest/task/" + task + "/complete", Http.basic(user, PASSWORD),
                Map.of("variables", Map.of("decision", Map.of("value", decision, "type", "String")))).status();
    }

    private static final class Waiting {
        final String key;
        String id;

        Waiting(String key) {
            this.key = key;
        }
    }
}
