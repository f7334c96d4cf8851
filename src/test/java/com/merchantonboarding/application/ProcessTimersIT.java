package com.merchantonboarding.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpMethod;

/**
 * The real delegates behind the process's timers and races, on PostgreSQL: a timer job is run at
 * once instead of waiting days for it (what the job executor does when it falls due).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProcessTimersIT extends IntegrationTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    @Test
    void anOverdueReviewIsEscalatedToTheLeads() {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
        assertThat(task.getDueDate()).isInTheFuture();

        runTimer(id, "BoundaryEvent_ReviewOverdue");

        // The escalation itself is an asynchronous step after the timer: the job executor runs it.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                taskService.createTaskQuery().taskId(task.getId()).singleResult().getPriority() == 80);
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("compliance-officers", "compliance-leads");
        assertThat(application(key, id).get("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void anUnansweredRequestExpiresAfterTheDeadline() {
        String key = newMerchant();
        Map<String, Object> data = completeData();
        data.remove("bankAccount");
        String id = createApplication(key, data);
        submit(key, id);
        JsonNode due = awaitStatus(key, id, "CHANGES_REQUESTED");
        assertThat(due.at("/requirements/respondBy").asText()).isNotBlank();

        runTimer(id, "BoundaryEvent_ResubmissionReminder");
        assertThat(application(key, id).get("status").asText()).isEqualTo("CHANGES_REQUESTED");
        // The reminder is an asynchronous step: let the job executor finish it before the deadline fires.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                managementService.createJobQuery().processInstanceId(instanceOf(id))
                        .activityId("ServiceTask_SendResubmissionReminder").count() == 0);
        runTimer(id, "BoundaryEvent_ResubmissionDeadline");

        JsonNode expired = awaitStatus(key, id, "EXPIRED");
        assertThat(expired.at("/history")).extracting(h -> h.get("actor").asText()).last().isEqualTo("SYSTEM");
        // The reminder's own asynchronous step may still be finishing: then the instance ends.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count() == 0);
        assertThat(http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/submit", Http.bearer(key), null)
                .status()).isEqualTo(409);
    }

    @Test
    void bankVerificationNotConfirmedInTimeSendsTheApplicationBack() throws Exception {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
        identityService.setAuthentication("itolivia", List.of("compliance-officers"));
        try {
            taskService.complete(task.getId(), Map.of("decision", "APPROVE"));
        } finally {
            identityService.clearAuthentication();
        }
        awaitStatus(key, id, "APPROVED");

        runTimer(id, "BoundaryEvent_BankVerificationDeadline");

        JsonNode back = awaitStatus(key, id, "CHANGES_REQUESTED");
        assertThat(back.at("/requirements/errors/0/code").asText()).isEqualTo("BANK_ACCOUNT_VERIFICATION_FAILED");
    }

    @Test
    void aResubmissionTheProcessIsNotWaitingForIsRefusedAsRetriableAndLosesNothing() {
        String key = newMerchant();
        Map<String, Object> data = completeData();
        data.remove("legalName");
        String id = createApplication(key, data);
        submit(key, id);
        awaitStatus(key, id, "CHANGES_REQUESTED");
        // The process has moved on meanwhile (here: it is gone), so nothing waits for the resubmission.
        runtimeService.deleteProcessInstance(
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId(),
                "test: the process moved on");

        Http.Response refused = http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/submit",
                Http.bearer(key), null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("retriable").asBoolean()).isTrue();
        JsonNode unchanged = application(key, id);
        assertThat(unchanged.get("status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(unchanged.get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void logsNeverShowAccountOrIdNumbers(CapturedOutput output) {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/withdraw", Http.bearer(key), null);
        assertThat(output.getAll()).contains(id).doesNotContain("6222020200112233445", "35020319900101123X");
    }

    private String instanceOf(String applicationId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .singleResult().getId();
    }

    private void runTimer(String applicationId, String activityId) {
        String instance = instanceOf(applicationId);
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().activityId(activityId)
                .singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        managementService.executeJob(timer.getId());
    }
}
