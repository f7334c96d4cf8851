package com.merchantonboarding.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.merchantonboarding.process.ProcessConstants;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.Mailbox;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * A merchant's question about requested changes through the API, answered by an officer over the engine's REST API
 * as Tasklist does it, and the answer read back through the API and by mail (docs/merchant-questions.md).
 */
class MerchantQuestionsIT extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final String ANSWER = "可以，请上传银行盖章的开户许可证扫描件，四个角都要清晰可见。";

    @Autowired
    private TaskService tasks;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;

    @Test
    void aMerchantAsksAboutARequestedItemAndReadsTheAnswerInTheApiAndByMail() {
        String email = "ask-" + UUID.randomUUID() + "@tea.example.cn";
        String key = signUp(email, "zh-CN");
        String id = createApplication(key, completeData());
        for (String type : List.of("BUSINESS_LICENSE", "LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK")) {
            upload(key, id, type);
        }
        submit(key, id);
        JsonNode due = awaitStatus(key, id, "CHANGES_REQUESTED");
        String reference = due.get("reference").asText();
        List<Date> timers = timerDueDates(id);
        Mailbox.await(SMTP, email, reference);

        Http.Response asked = ask(key, id, Map.of("text", "  银行开户证明可以用扫描件吗？\r\n金额 < 5 元的流水也要吗？ ",
                "requirement", "documents.BANK_ACCOUNT_PROOF"));

        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("state").asText()).isEqualTo("OPEN");
        assertThat(asked.json().get("question").asText()).isEqualTo("银行开户证明可以用扫描件吗？\n金额 < 5 元的流水也要吗？");
        assertThat(asked.json().get("requirement").asText()).isEqualTo("documents.BANK_ACCOUNT_PROOF");
        // The officers' task shows the case; the resubmission clock has not moved.
        Task task = answerTask(id);
        assertThat(task.getName()).startsWith("Question · " + reference);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo(ProcessConstants.GROUP_OFFICERS));
        assertThat(timerDueDates(id)).isEqualTo(timers);
        assertThat(application(key, id).at("/requirements/respondBy").asText())
                .isEqualTo(due.at("/requirements/respondBy").asText());

        // Refusals the officer reads in Tasklist; the task stays open after each.
        tasks.createComment(task.getId(), task.getProcessInstanceId(), "Bank proof looks scanned from a copy, check it");
        assertThat(complete(task.getId(), Map.of()).json().get("message").asText())
                .contains("Write an answer for the merchant");
        assertThat(complete(task.getId(), Map.of("answer", text("It hit RESTRICTED_CATEGORY."))).json()
                .get("message").asText()).contains("RESTRICTED_CATEGORY", "internal finding");
        assertThat(complete(task.getId(), Map.of("answer", text("Note: bank proof looks scanned from a copy, "
                + "check it."))).json().get("message").asText()).contains("case note");
        assertThat(complete(task.getId(), Map.of("answer", text("<b>Yes</b>"))).json().get("message").asText())
                .contains("plain text");
        assertThat(answerTask(id).getId()).isEqualTo(task.getId());

        Http.Response answered = complete(task.getId(), Map.of("answer", text(ANSWER)));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(204);

        Http.Response thread = http.get("/api/v1/applications/" + id + "/questions", Http.bearer(key));
        assertThat(thread.status()).isEqualTo(200);
        assertThat(thread.json()).hasSize(1);
        assertThat(thread.json().at("/0/state").asText()).isEqualTo("ANSWERED");
        assertThat(thread.json().at("/0/answer").asText()).isEqualTo(ANSWER);
        assertThat(thread.json().at("/0/answeredAt").isTextual()).isTrue();
        assertThat(thread.text()).doesNotContain("itolivia", "answeredBy", "taskId");
        assertThat(runtime.getVariables(task.getProcessInstanceId())).doesNotContainKey("answer");
        assertThat(timerDueDates(id)).isEqualTo(timers);

        Mailbox.Mail mail = Mailbox.await(SMTP, email, "问题已得到答复");
        assertThat(mail.subject()).isEqualTo("您关于申请 " + reference + " 的问题已得到答复");
        assertThat(mail.body()).contains("涉及项目：银行开户证明", "银行开户证明可以用扫描件吗？", ANSWER)
                .doesNotContain("itolivia", "copy, check it");
    }

    @Test
    void questionsAreRefusedOutsideAChangeRequestBadlyWrittenOrOnAnotherMerchantsApplication() {
        String key = newMerchant();
        String draft = createApplication(key, completeData());

        Http.Response tooEarly = ask(key, draft, Map.of("text", "What do you need?"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.contentType()).startsWith("application/problem+json");
        assertThat(tooEarly.json().get("type").asText()).endsWith("not-awaiting-changes");
        assertThat(tooEarly.json().get("detail").asText()).contains("CHANGES_REQUESTED", "DRAFT");

        String id = createApplication(key, completeData());
        submit(key, id);
        awaitStatus(key, id, "CHANGES_REQUESTED");
        assertField(ask(key, id, Map.of("text", " ")), "text", "EMPTY");
        assertField(ask(key, id, Map.of("text", "问".repeat(Questions.MAX_QUESTION + 1))), "text", "TOO_LONG");
        assertField(ask(key, id, Map.of("text", "<img src=x onerror=alert(1)>")), "text", "INVALID");
        assertField(ask(key, id, Map.of("text", "Why?", "requirement", "bankAccount.holderName")), "requirement",
                "NOT_REQUESTED");
        assertThat(ask(key, id, Map.of()).status()).isEqualTo(400);

        String stranger = newMerchant();
        assertThat(ask(stranger, id, Map.of("text", "Whose is this?")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/applications/" + id + "/questions", Http.bearer(stranger)).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/applications/" + id + "/questions", null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/applications/" + id + "/questions", Http.bearer(key)).json()).isEmpty();

        for (int i = 0; i < Questions.MAX_OPEN; i++) {
            assertThat(ask(key, id, Map.of("text", "Question " + i)).status()).isEqualTo(201);
        }
        Http.Response flood = ask(key, id, Map.of("text", "One more?"));
        assertThat(flood.status()).isEqualTo(409);
        assertThat(flood.json().get("type").asText()).endsWith("too-many-open-questions");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey(ProcessConstants.TASK_ANSWER_QUESTION).count()).isEqualTo(Questions.MAX_OPEN);
    }

    private String signUp(String email, String locale) {
        Http.Response response = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email", email,
                "password", "a-long-password-123", "displayName", "厦门示例贸易有限公司", "locale", locale));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("apiKey").asText();
    }

    private Http.Response ask(String key, String id, Map<String, String> body) {
        return http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/questions", Http.bearer(key), body);
    }

    private static void assertField(Http.Response response, String field, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo(code);
    }

    private Task answerTask(String id) {
        Task[] found = new Task[1];
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            found[0] = tasks.createTaskQuery().processInstanceBusinessKey(id)
                    .taskDefinitionKey(ProcessConstants.TASK_ANSWER_QUESTION).singleResult();
            return found[0] != null;
        });
        return found[0];
    }

    private Http.Response complete(String taskId, Map<String, Object> variables) {
        return http.json(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Http.basic("itolivia", PASSWORD), Map.of("variables", new HashMap<>(variables)));
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }

    private List<Date> timerDueDates(String id) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        return management.createJobQuery().processInstanceId(process).timers().list().stream()
                .map(Job::getDuedate).sorted().toList();
    }
}
