package com.merchantonboarding.paymentissue;

import static com.merchantonboarding.paymentissue.PaymentIssueConstants.MSG_INFORMATION_SUPPLIED;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.OUTCOME_INFORMATION;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.OUTCOME_REJECT;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.OUTCOME_REVIEW;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.PROCESS_KEY;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.TASK_RESOLVE;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.VAR_CHECK_OUTCOME;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.VAR_PAYMENT_ISSUE_ID;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.VAR_RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of bpmn/payment-issue.bpmn on the plain in-memory engine (camunda.cfg.xml), with recording mocks in
 * place of the delegates and listeners. Jobs run when the test executes them; timers become due by moving the
 * engine clock.
 */
@Deployment(resources = {"bpmn/payment-issue.bpmn"})
class PaymentIssueProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension
            .builder("camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String CHECK_ISSUE = "BusinessRuleTask_CheckIssue";
    private static final String AWAIT_INFORMATION = "ReceiveTask_AwaitInformation";
    private static final String EXPIRE_ISSUE = "ServiceTask_ExpireIssue";
    private static final String ESCALATE_ISSUE = "ServiceTask_EscalateIssue";

    private static final String CHECK = "checkPaymentIssueDelegate";
    private static final String REQUEST = "requestPaymentIssueInformationDelegate";
    private static final String REJECT = "rejectPaymentIssueDelegate";
    private static final String EXPIRE = "expirePaymentIssueDelegate";
    private static final String MARK_IN_REVIEW = "markPaymentIssueInReviewDelegate";
    private static final String ESCALATE = "escalatePaymentIssueDelegate";
    private static final String CASE_LISTENER = "paymentIssueTaskCaseListener";
    private static final String RESOLUTION_LISTENER = "paymentIssueResolutionListener";

    private static final Instant REPORTED_AT = Instant.parse("2026-12-07T09:00:00Z");
    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    private final List<String> calls = new ArrayList<>();
    private final Deque<String> checkOutcomes = new ArrayDeque<>();
    private String recordedResolution;
    private String issueId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(REPORTED_AT));
        issueId = UUID.randomUUID().toString();
        Mocks.register("paymentIssueSettings", new TestPaymentIssueSettings());
        Mocks.register(CHECK, recording(CHECK, execution -> execution.setVariable(VAR_CHECK_OUTCOME,
                checkOutcomes.removeFirst())));
        for (String name : List.of(REQUEST, REJECT, EXPIRE, MARK_IN_REVIEW, ESCALATE)) {
            Mocks.register(name, recording(name, execution -> { }));
        }
        Mocks.register(CASE_LISTENER, (TaskListener) task -> task.setName("case " + issueId));
        // The real listener checks and records support's outcome; the gateway then reads the record.
        Mocks.register(RESOLUTION_LISTENER, (TaskListener) task -> {
            calls.add(RESOLUTION_LISTENER);
            recordedResolution = (String) task.getVariable(VAR_RESOLUTION);
        });
        Mocks.register("paymentIssueRouting", new PaymentIssueRouting(null) {
            @Override
            public boolean resolvedAs(DelegateExecution execution, String status) {
                return status.equals(recordedResolution);
            }
        });
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void aReportThatPassesTheChecksGoesToPaymentSupportDueAfterADay() {
        ProcessInstance pi = reportedAndChecked(OUTCOME_REVIEW);

        assertThat(pi).isWaitingAtExactly(TASK_RESOLVE);
        assertThat(task(pi)).hasCandidateGroup("payment-support")
                .hasFormKey("embedded:deployment:forms/resolve-payment-issue.html")
                .hasDueDate(Date.from(REPORTED_AT.plus(TestPaymentIssueSettings.RESOLUTION_SLA)))
                .hasName("case " + issueId);
        assertThat(calls).containsExactly(CHECK, MARK_IN_REVIEW);
    }

    @Test
    void supportInitiatesARefund() {
        ProcessInstance pi = reportedAndChecked(OUTCOME_REVIEW);

        complete(task(pi), withVariables(VAR_RESOLUTION, "REFUND_INITIATED", "providerReference", "RF-2026-0001"));

        assertThat(pi).isEnded().hasPassed("EndEvent_RefundInitiated")
                .hasNotPassed("EndEvent_NoChargeFound", "EndEvent_EscalatedToProvider");
        assertThat(calls).containsExactly(CHECK, MARK_IN_REVIEW, RESOLUTION_LISTENER);
    }

    @Test
    void supportFindsNoCharge() {
        ProcessInstance pi = reportedAndChecked(OUTCOME_REVIEW);

        complete(task(pi), withVariables(VAR_RESOLUTION, "NO_CHARGE_FOUND", "explanation",
                "The second charge was a pre-authorisation that was released."));

        assertThat(pi).isEnded().hasPassed("EndEvent_NoChargeFound");
    }

    @Test
    void supportEscalatesToTheProvider() {
        ProcessInstance pi = reportedAndChecked(OUTCOME_REVIEW);

        complete(task(pi), withVariables(VAR_RESOLUTION, "ESCALATED_TO_PROVIDER"));

        assertThat(pi).isEnded().hasPassed("EndEvent_EscalatedToProvider");
    }

    @Test
    void anOverdueCaseIsEscalatedToTheLeadsAndStaysOpen() {
        ProcessInstance pi = reportedAndChecked(OUTCOME_REVIEW);
        Job timer = timer(pi);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(REPORTED_AT.plus(TestPaymentIssueSettings.RESOLUTION_SLA)));

        moveClock(TestPaymentIssueSettings.RESOLUTION_SLA.plus(A_MINUTE));
        execute(timer);
        execute(job(ESCALATE_ISSUE, pi));

        assertThat(pi).hasPassed(ESCALATE_ISSUE, "EndEvent_EscalationDone").isWaitingAtExactly(TASK_RESOLVE);
        assertThat(calls).containsExactly(CHECK, MARK_IN_REVIEW, ESCALATE);

        complete(task(pi), withVariables(VAR_RESOLUTION, "REFUND_INITIATED", "providerReference", "RF-2026-0002"));
        assertThat(pi).isEnded().hasPassed("EndEvent_RefundInitiated");
    }

    @Test
    void aDuplicateOrLateReportIsRejected() {
        ProcessInstance pi = reportedAndChecked(OUTCOME_REJECT);

        assertThat(pi).isEnded().hasPassed("ServiceTask_RejectIssue", "EndEvent_IssueRejected")
                .hasNotPassed(TASK_RESOLVE);
        assertThat(calls).containsExactly(CHECK, REJECT);
    }

    @Test
    void whatIsMissingIsAskedForAndTheReportCheckedAgainWhenSupplied() {
        ProcessInstance pi = reportedAndChecked(OUTCOME_INFORMATION, OUTCOME_REVIEW);
        assertThat(pi).isWaitingAtExactly(AWAIT_INFORMATION);

        runtimeService().createMessageCorrelation(MSG_INFORMATION_SUPPLIED).processInstanceBusinessKey(issueId)
                .correlate();
        assertThat(pi).isWaitingAtExactly(CHECK_ISSUE);
        execute(job(pi));

        assertThat(pi).isWaitingAtExactly(TASK_RESOLVE);
        assertThat(calls).containsExactly(CHECK, REQUEST, CHECK, MARK_IN_REVIEW);
    }

    @Test
    void aReportIsClosedWhenWhatIsMissingNeverComes() {
        ProcessInstance pi = reportedAndChecked(OUTCOME_INFORMATION);
        Job deadline = timer(pi);
        assertThat(deadline.getDuedate())
                .isEqualTo(Date.from(REPORTED_AT.plus(TestPaymentIssueSettings.INFORMATION_DEADLINE)));

        moveClock(TestPaymentIssueSettings.INFORMATION_DEADLINE.plus(A_MINUTE));
        execute(deadline);
        execute(job(EXPIRE_ISSUE, pi));

        assertThat(pi).isEnded().hasPassed(EXPIRE_ISSUE, "EndEvent_IssueExpired");
        assertThat(calls).containsExactly(CHECK, REQUEST, EXPIRE);
    }

    @Test
    void theChecksRunAfterTheReportIsCommitted() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, issueId,
                Map.of(VAR_PAYMENT_ISSUE_ID, issueId));

        assertThat(pi).isWaitingAtExactly(CHECK_ISSUE);
        assertThat(calls).isEmpty();
    }

    private ProcessInstance reportedAndChecked(String... outcomes) {
        checkOutcomes.addAll(List.of(outcomes));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, issueId,
                Map.of(VAR_PAYMENT_ISSUE_ID, issueId));
        execute(job(pi));
        return pi;
    }

    private static Job timer(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    private JavaDelegate recording(String name, JavaDelegate behaviour) {
        return execution -> {
            calls.add(name);
            behaviour.execute(execution);
        };
    }
}
