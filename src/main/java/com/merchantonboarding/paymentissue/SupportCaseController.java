package com.merchantonboarding.paymentissue;

import com.merchantonboarding.application.Application;
import com.merchantonboarding.application.ApplicationRepository;
import com.merchantonboarding.security.CamundaUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the payment-issue form in Tasklist shows: the case of a task the user may read (the engine's authorizations
 * decide), the merchant (from the live application) and the merchant's history of reports; and the case's evidence.
 */
@RestController
class SupportCaseController {

    private final ProcessEngine engine;
    private final PaymentIssues issues;
    private final ApplicationRepository applications;

    SupportCaseController(ProcessEngine engine, PaymentIssues issues, ApplicationRepository applications) {
        this.engine = engine;
        this.issues = issues;
        this.applications = applications;
    }

    record Case(Issue issue, Merchant merchant, List<EvidenceFile> evidence, List<PaymentIssueView.Summary> history) {
    }

    record Issue(UUID id, String reference, PaymentIssueKind kind, String walletProvider, Instant occurredAt,
                 String amount, String currency, String paymentReference, String description,
                 PaymentIssueStatus status, List<CheckFinding> findings, Instant createdAt) {
    }

    record Merchant(String legalName, String applicationReference, List<String> walletProviders) {
    }

    record EvidenceFile(UUID id, String filename, long size, String mediaType, String url) {
    }

    @GetMapping("/back-office/payment-issues/tasks/{taskId}/case")
    ResponseEntity<Case> caseOfTask(@AuthenticationPrincipal CamundaUser user, @PathVariable String taskId) {
        UUID issueId = issueOfTask(user, taskId);
        if (issueId == null) {
            return ResponseEntity.notFound().build();
        }
        PaymentIssue issue = issues.issue(issueId);
        Application application = applications.findById(issue.getApplicationId()).orElseThrow();
        List<EvidenceFile> evidence = issues.evidence(issueId).stream()
                .map(e -> new EvidenceFile(e.getId(), e.getFilename(), e.getSize(), e.getDetectedMediaType(),
                        "/back-office/payment-issues/cases/" + issueId + "/evidence/" + e.getId() + "/content"))
                .toList();
        Case body = new Case(
                new Issue(issue.getId(), issue.getReference(), issue.getKind(), issue.getProvider(),
                        issue.getOccurredAt(), issue.getAmount(), issue.getCurrency(), issue.getPaymentReference(),
                        issue.getDescription(), issue.getStatus(), issue.getFindings(), issue.getCreatedAt()),
                new Merchant(application.getData().legalName(), application.getReference(),
                        application.getData().walletProviders().stream().map(Enum::name).toList()),
                evidence,
                issues.list(issue.getMerchantId()).stream().map(PaymentIssueView::summary).toList());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/back-office/payment-issues/cases/{issueId}/evidence/{evidenceId}/content")
    ResponseEntity<byte[]> evidence(@PathVariable UUID issueId, @PathVariable UUID evidenceId) {
        PaymentIssueEvidence file = issues.evidenceFile(issueId, evidenceId);
        return PaymentIssueController.content(file, issues.evidenceContent(issueId, file));
    }

    /** The report a task of the payment-issue process is about, if the user may read that task. */
    private UUID issueOfTask(CamundaUser user, String taskId) {
        var identity = engine.getIdentityService();
        identity.setAuthentication(user.userId(), user.groupIds());
        Task task;
        try {
            task = engine.getTaskService().createTaskQuery().taskId(taskId)
                    .processDefinitionKey(PaymentIssueConstants.PROCESS_KEY).singleResult();
        } finally {
            identity.clearAuthentication();
        }
        if (task == null) {
            return null;
        }
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return process == null || process.getBusinessKey() == null ? null : UUID.fromString(process.getBusinessKey());
    }
}
