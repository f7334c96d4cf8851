package com.merchantonboarding.paymentissue;

import com.merchantonboarding.application.ApplicationRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The listeners of {@code UserTask_ResolvePaymentIssue}. */
final class PaymentIssueTaskListeners {

    /** Task-local display copies for Tasklist's cards; nothing decides on them. */
    static final String VAR_KIND = "issueKind";
    static final String VAR_PROVIDER = "walletProvider";
    static final String VAR_MERCHANT = "merchantName";

    private PaymentIssueTaskListeners() {
    }

    /** Create: names the task after its case, {@code PI-2026-000012 · CHARGED_TWICE · ALIPAY · Tea House}. */
    @Component("paymentIssueTaskCaseListener")
    static class CaseListener implements TaskListener {

        private final PaymentIssues issues;
        private final ApplicationRepository applications;

        CaseListener(PaymentIssues issues, ApplicationRepository applications) {
            this.issues = issues;
            this.applications = applications;
        }

        @Override
        public void notify(DelegateTask task) {
            PaymentIssue issue = issues.issue(PaymentIssueDelegates.issueId(task));
            String merchant = applications.findById(issue.getApplicationId())
                    .map(a -> a.getData().legalName()).orElse(null);
            task.setName(issue.getReference() + " · " + issue.getKind() + " · " + issue.getProvider()
                    + (merchant == null ? "" : " · " + merchant));
            task.setVariableLocal(VAR_KIND, issue.getKind().name());
            task.setVariableLocal(VAR_PROVIDER, issue.getProvider());
            if (merchant != null) {
                task.setVariableLocal(VAR_MERCHANT, merchant);
            }
        }
    }

    /** Complete: checks support's outcome (a readable refusal in Tasklist) and records it on the report. */
    @Component("paymentIssueResolutionListener")
    static class ResolutionListener implements TaskListener {

        private static final Logger log = LoggerFactory.getLogger(ResolutionListener.class);

        private final PaymentIssues issues;
        private final IdentityService identity;

        ResolutionListener(PaymentIssues issues, IdentityService identity) {
            this.issues = issues;
            this.identity = identity;
        }

        @Override
        public void notify(DelegateTask task) {
            PaymentIssueResolution resolution = PaymentIssueResolution.read(
                    task.getVariable(PaymentIssueConstants.VAR_RESOLUTION),
                    task.getVariable(PaymentIssueConstants.VAR_PROVIDER_REFERENCE),
                    task.getVariable(PaymentIssueConstants.VAR_EXPLANATION));
            Authentication user = identity.getCurrentAuthentication();
            String by = user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
            issues.resolve(PaymentIssueDelegates.issueId(task), resolution, by);
            log.info("Payment issue task {} completed by {}: {}", task.getId(), by, resolution.outcome());
        }
    }
}
