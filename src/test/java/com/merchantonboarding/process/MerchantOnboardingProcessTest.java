package com.merchantonboarding.process;

import static com.merchantonboarding.process.ProcessConstants.DECISION_APPROVE;
import static com.merchantonboarding.process.ProcessConstants.DECISION_REJECT;
import static com.merchantonboarding.process.ProcessConstants.DECISION_REQUEST_CHANGES;
import static com.merchantonboarding.process.ProcessConstants.GROUP_LEADS;
import static com.merchantonboarding.process.ProcessConstants.GROUP_OFFICERS;
import static com.merchantonboarding.process.ProcessConstants.MSG_BANK_VERIFICATION_FAILED;
import static com.merchantonboarding.process.ProcessConstants.MSG_BANK_VERIFIED;
import static com.merchantonboarding.process.ProcessConstants.MSG_QUESTION_ASKED;
import static com.merchantonboarding.process.ProcessConstants.TASK_ANSWER_QUESTION;
import static com.merchantonboarding.process.ProcessConstants.VAR_ANSWER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.merchantonboarding.process.ProcessConstants.MSG_RESUBMITTED;
import static com.merchantonboarding.process.ProcessConstants.MSG_WITHDRAWN;
import static com.merchantonboarding.process.ProcessConstants.PROCESS_KEY;
import static com.merchantonboarding.process.ProcessConstants.TASK_REVIEW;
import static com.merchantonboarding.process.ProcessConstants.TASK_SECOND_REVIEW;
import static com.merchantonboarding.process.ProcessConstants.VAR_APPLICATION_ID;
import static com.merchantonboarding.process.ProcessConstants.VAR_DECISION;
import static com.merchantonboarding.process.ProcessConstants.VAR_REVIEW_COMMENT;
import static com.merchantonboarding.process.ProcessConstants.VAR_REVISION;
import static com.merchantonboarding.process.ProcessConstants.VAR_RISK_LEVEL;
import static com.merchantonboarding.process.ProcessConstants.VAR_SCREENING_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTask;
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
import java.util.UUID;
import java.util.function.Consumer;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
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
 * Every path of bpmn/merchant-onboarding.bpmn on a plain in-memory engine (camunda.cfg.xml), with
 * recording mocks in place of the delegates and listeners. Jobs run when the test executes them;
 * timers become due by moving the engine clock.
 */
@Deployment(resources = "bpmn/merchant-onboarding.bpmn")
class MerchantOnboardingProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension
            .builder("camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    // element ids fixed by spec/process.md
    private static final String INSPECT_DOCUMENTS = "ServiceTask_InspectDocuments";
    private static final String SCREEN_APPLICATION = "BusinessRuleTask_ScreenApplication";
    private static final String AWAIT_RESUBMISSION = "ReceiveTask_AwaitResubmission";
    private static final String AWAIT_BANK_VERIFICATION = "ReceiveTask_AwaitBankVerification";
    private static final String ACTIVATE_WALLET = "ServiceTask_ActivateWallet";
    private static final String APPLICATION_REJECTED = "EndEvent_ApplicationRejected";
    private static final String APPLICATION_EXPIRED = "EndEvent_ApplicationExpired";
    private static final String WALLET_LIVE = "EndEvent_WalletLive";
    private static final String APPLICATION_WITHDRAWN = "EndEvent_ApplicationWithdrawn";

    // further element ids of the model
    private static final String REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
    private static final String ESCALATE_REVIEW = "ServiceTask_EscalateReview";
    private static final String RESUBMISSION_REMINDER = "BoundaryEvent_ResubmissionReminder";
    private static final String SEND_RESUBMISSION_REMINDER = "ServiceTask_SendResubmissionReminder";
    private static final String RESUBMISSION_DEADLINE = "BoundaryEvent_ResubmissionDeadline";
    private static final String BANK_VERIFICATION_DEADLINE = "BoundaryEvent_BankVerificationDeadline";
    private static final String FAIL_BANK_VERIFICATION = "ServiceTask_FailBankVerification";
    private static final String REQUEST_CHANGES = "ServiceTask_RequestChanges";

    // screening outcomes and risk levels as the rules set them
    private static final String REJECT = "REJECT";
    private static final String CHANGES_REQUIRED = "CHANGES_REQUIRED";
    private static final String REVIEW = "REVIEW";
    private static final String APPROVE = "APPROVE";
    private static final String LOW = "LOW";
    private static final String HIGH = "HIGH";

    // delegate and listener bean names used in the model
    /** The inspection is an external task: the test plays its worker. */
    private static final String INSPECT = ProcessConstants.TOPIC_INSPECT_DOCUMENTS;
    private static final String SCREEN = "screenApplicationDelegate";
    private static final String MARK_IN_REVIEW = "markInReviewDelegate";
    private static final String REVIEW_LISTENER = "reviewDecisionListener";
    private static final String SECOND_REVIEW_LISTENER = "secondReviewDecisionListener";
    private static final String CASE_LISTENER = "reviewTaskCaseListener";
    private static final String ESCALATE = "escalateReviewDelegate";
    private static final String REJECT_APPLICATION = "rejectApplicationDelegate";
    private static final String REQUEST = "requestChangesDelegate";
    private static final String REMIND = "sendResubmissionReminderDelegate";
    private static final String EXPIRE = "expireApplicationDelegate";
    private static final String ISSUE_MICRO_DEPOSITS = "issueMicroDepositsDelegate";
    private static final String FAIL_BANK = "failBankVerificationDelegate";
    private static final String ACTIVATE = "activateWalletDelegate";
    private static final String MARK_WITHDRAWN = "markWithdrawnDelegate";
    private static final String QUESTION_LISTENER = "questionTaskListener";
    private static final String ANSWER_LISTENER = "answerQuestionListener";
    private static final String QUESTION_ANSWERED = "EndEvent_QuestionAnswered";

    private static final Instant SUBMITTED_AT = Instant.parse("2025-03-03T09:00:00Z");
    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    /** Every delegate and listener call, in order. */
    private final List<String> calls = new ArrayList<>();
    private final List<Object> inspectedRevisions = new ArrayList<>();
    private final Deque<String> screeningOutcomes = new ArrayDeque<>();
    private String riskLevel = LOW;
    private String applicationId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT));
        applicationId = UUID.randomUUID().toString();

        Mocks.register("processSettings", new TestProcessSettings());
        Mocks.register(SCREEN, recording(SCREEN, execution -> {
            execution.setVariable(VAR_SCREENING_OUTCOME, screeningOutcomes.removeFirst());
            execution.setVariable(VAR_RISK_LEVEL, riskLevel);
        }));
        for (String name : List.of(MARK_IN_REVIEW, ESCALATE, REJECT_APPLICATION, REQUEST, REMIND, EXPIRE,
                ISSUE_MICRO_DEPOSITS, FAIL_BANK, ACTIVATE, MARK_WITHDRAWN)) {
            Mocks.register(name, recording(name, execution -> { }));
        }
        // The gateway after the review asks the application's record; here, the risk screening gave.
        Mocks.register("reviewRouting", new ReviewRouting(null) {
            @Override
            public boolean highRisk(DelegateExecution execution) {
                return HIGH.equals(riskLevel);
            }
        });
        // The question's task: bound to its question when created, closed when deleted unanswered (review/).
        Mocks.register(QUESTION_LISTENER, (TaskListener) task -> calls.add(QUESTION_LISTENER + ":" + task.getEventName()));
        for (String name : List.of(REVIEW_LISTENER, SECOND_REVIEW_LISTENER, ANSWER_LISTENER)) {
            Mocks.register(name, (TaskListener) task -> calls.add(name));
        }
        // Names each review task after its case (review/ReviewTaskCaseListener); not a step of the path.
        Mocks.register(CASE_LISTENER, (TaskListener) task -> task.setName("case of " + task.getTaskDefinitionKey()));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    // ------------------------------------------------------------------ screening outcomes

    @Test
    void rejectsApplicationWhenScreeningRejects() {
        ProcessInstance pi = submit(REJECT);

        inspectAndScreen(pi);

        assertThat(pi).isEnded().hasPassed("ServiceTask_RejectApplication", APPLICATION_REJECTED);
        assertThat(calls).containsExactly(INSPECT, SCREEN, REJECT_APPLICATION);
    }

    @Test
    void resubmittedApplicationIsInspectedAgainAndGoesLiveAfterReviewAndBankVerification() {
        ProcessInstance pi = submit(CHANGES_REQUIRED, REVIEW);
        inspectAndScreen(pi);
        assertThat(pi).isWaitingAtExactly(AWAIT_RESUBMISSION);

        runtimeService().createMessageCorrelation(MSG_RESUBMITTED)
                .processInstanceBusinessKey(applicationId)
                .setVariable(VAR_REVISION, 2)
                .correlate();
        inspectAndScreen(pi);
        assertThat(pi).isWaitingAt(TASK_REVIEW);

        decide(pi, DECISION_APPROVE);
        assertThat(pi).isWaitingAtExactly(AWAIT_BANK_VERIFICATION);

        correlate(MSG_BANK_VERIFIED);
        assertThat(pi).isWaitingAtExactly(ACTIVATE_WALLET);
        execute(job(pi));

        assertThat(pi).isEnded()
                .hasPassedInOrder(INSPECT_DOCUMENTS, SCREEN_APPLICATION, REQUEST_CHANGES, AWAIT_RESUBMISSION,
                        INSPECT_DOCUMENTS, SCREEN_APPLICATION, TASK_REVIEW, "ServiceTask_IssueMicroDeposits",
                        AWAIT_BANK_VERIFICATION, ACTIVATE_WALLET, WALLET_LIVE)
                .hasNotPassed(TASK_SECOND_REVIEW);
        assertThat(inspectedRevisions).containsExactly(1, 2);
        assertThat(calls).containsExactly(
                INSPECT, SCREEN, REQUEST,
                INSPECT, SCREEN, MARK_IN_REVIEW, REVIEW_LISTENER,
                ISSUE_MICRO_DEPOSITS, ACTIVATE);
    }

    @Test
    void screeningApprovalGoesStraightToBankVerification() {
        ProcessInstance pi = submit(APPROVE);

        inspectAndScreen(pi);

        assertThat(pi).isWaitingAtExactly(AWAIT_BANK_VERIFICATION).hasNotPassed(TASK_REVIEW);
        assertThat(calls).containsExactly(INSPECT, SCREEN, ISSUE_MICRO_DEPOSITS);
    }

    // ------------------------------------------------------------------ review

    @Test
    void reviewTaskGoesToComplianceOfficersAndIsDueAfterTheReviewSla() {
        ProcessInstance pi = screenedAs(REVIEW);

        assertThat(pi).isWaitingAt(TASK_REVIEW);
        assertThat(task(pi))
                .hasCandidateGroup(GROUP_OFFICERS)
                .hasFormKey("embedded:deployment:forms/review-application.html")
                .hasDueDate(Date.from(SUBMITTED_AT.plus(TestProcessSettings.REVIEW_SLA)))
                .hasName("case of " + TASK_REVIEW);
        assertThat(calls).containsExactly(INSPECT, SCREEN, MARK_IN_REVIEW);
    }

    @Test
    void reviewRejectionRejectsApplication() {
        ProcessInstance pi = screenedAs(REVIEW);

        decide(pi, DECISION_REJECT);

        assertThat(pi).isEnded().hasPassed(APPLICATION_REJECTED).hasNotPassed(TASK_SECOND_REVIEW);
        assertThat(calls).containsExactly(INSPECT, SCREEN, MARK_IN_REVIEW, REVIEW_LISTENER, REJECT_APPLICATION);
    }

    @Test
    void reviewChangeRequestAwaitsResubmission() {
        ProcessInstance pi = screenedAs(REVIEW);

        decide(pi, DECISION_REQUEST_CHANGES);

        assertThat(pi).isWaitingAtExactly(AWAIT_RESUBMISSION).hasPassed(REQUEST_CHANGES);
        assertThat(calls).containsExactly(INSPECT, SCREEN, MARK_IN_REVIEW, REVIEW_LISTENER, REQUEST);
    }

    @Test
    void highRiskApprovalNeedsSecondReviewBeforeBankVerification() {
        riskLevel = HIGH;
        ProcessInstance pi = screenedAs(REVIEW);

        decide(pi, DECISION_APPROVE);

        assertThat(pi).isWaitingAtExactly(TASK_SECOND_REVIEW);
        assertThat(task(pi))
                .hasCandidateGroup(GROUP_LEADS)
                .hasFormKey("embedded:deployment:forms/review-application.html")
                .hasDueDate(Date.from(SUBMITTED_AT.plus(TestProcessSettings.REVIEW_SLA)))
                .hasName("case of " + TASK_SECOND_REVIEW);

        decide(pi, DECISION_APPROVE);

        assertThat(pi).isWaitingAtExactly(AWAIT_BANK_VERIFICATION);
        assertThat(calls).containsExactly(INSPECT, SCREEN, MARK_IN_REVIEW, REVIEW_LISTENER,
                SECOND_REVIEW_LISTENER, ISSUE_MICRO_DEPOSITS);
    }

    @Test
    void secondReviewRejectionRejectsApplication() {
        riskLevel = HIGH;
        ProcessInstance pi = screenedAs(REVIEW);
        decide(pi, DECISION_APPROVE);

        decide(pi, DECISION_REJECT);

        assertThat(pi).isEnded().hasPassed(TASK_SECOND_REVIEW, APPLICATION_REJECTED);
        assertThat(calls).containsExactly(INSPECT, SCREEN, MARK_IN_REVIEW, REVIEW_LISTENER,
                SECOND_REVIEW_LISTENER, REJECT_APPLICATION);
    }

    @Test
    void overdueReviewIsEscalatedAndStaysOpen() {
        ProcessInstance pi = screenedAs(REVIEW);
        String reviewTaskId = task(pi).getId();
        assertTimerNotDueYet(pi, REVIEW_OVERDUE);

        moveClockBy(TestProcessSettings.REVIEW_SLA.plus(A_MINUTE));
        execute(dueTimer(pi, REVIEW_OVERDUE));
        execute(job(ESCALATE_REVIEW, pi));

        assertThat(pi).hasPassed(ESCALATE_REVIEW, "EndEvent_ReviewEscalated").isWaitingAtExactly(TASK_REVIEW);
        assertThat(task(pi).getId()).isEqualTo(reviewTaskId);
        assertThat(calls).containsExactly(INSPECT, SCREEN, MARK_IN_REVIEW, ESCALATE);
    }

    // ------------------------------------------------------------------ resubmission window

    @Test
    void remindsMerchantBeforeResubmissionDeadlineAndKeepsWaiting() {
        ProcessInstance pi = screenedAs(CHANGES_REQUIRED);
        assertTimerNotDueYet(pi, RESUBMISSION_REMINDER);

        moveClockBy(TestProcessSettings.RESUBMISSION_REMINDER_AFTER.plus(A_MINUTE));
        assertTimerNotDueYet(pi, RESUBMISSION_DEADLINE);
        execute(dueTimer(pi, RESUBMISSION_REMINDER));
        execute(job(SEND_RESUBMISSION_REMINDER, pi));

        assertThat(pi).hasPassed(SEND_RESUBMISSION_REMINDER, "EndEvent_ReminderSent")
                .isWaitingAtExactly(AWAIT_RESUBMISSION);
        assertThat(calls).containsExactly(INSPECT, SCREEN, REQUEST, REMIND);
    }

    @Test
    void expiresApplicationWhenResubmissionWindowCloses() {
        ProcessInstance pi = screenedAs(CHANGES_REQUIRED);

        moveClockBy(TestProcessSettings.RESUBMISSION_WINDOW.plus(A_MINUTE));
        execute(dueTimer(pi, RESUBMISSION_DEADLINE));

        assertThat(pi).isEnded().hasPassed("ServiceTask_ExpireApplication", APPLICATION_EXPIRED);
        assertThat(calls).containsExactly(INSPECT, SCREEN, REQUEST, EXPIRE);
    }

    // ------------------------------------------------------------------ bank verification

    @Test
    void asksToCorrectBankAccountWhenVerificationDeadlinePasses() {
        ProcessInstance pi = screenedAs(APPROVE);
        assertTimerNotDueYet(pi, BANK_VERIFICATION_DEADLINE);

        moveClockBy(TestProcessSettings.BANK_VERIFICATION_WINDOW.plus(A_MINUTE));
        execute(dueTimer(pi, BANK_VERIFICATION_DEADLINE));

        assertThat(pi).hasPassed(FAIL_BANK_VERIFICATION, REQUEST_CHANGES).isWaitingAtExactly(AWAIT_RESUBMISSION);
        assertThat(calls).containsExactly(INSPECT, SCREEN, ISSUE_MICRO_DEPOSITS, FAIL_BANK, REQUEST);
    }

    @Test
    void asksToCorrectBankAccountWhenVerificationFails() {
        ProcessInstance pi = screenedAs(APPROVE);

        correlate(MSG_BANK_VERIFICATION_FAILED);

        assertThat(pi).hasPassed(FAIL_BANK_VERIFICATION, REQUEST_CHANGES).isWaitingAtExactly(AWAIT_RESUBMISSION);
        assertThat(calls).containsExactly(INSPECT, SCREEN, ISSUE_MICRO_DEPOSITS, FAIL_BANK, REQUEST);
    }

    // ------------------------------------------------------------------ merchant questions

    @Test
    void questionWhileAwaitingResubmissionGoesToOfficersAndLeavesTheClockAlone() {
        ProcessInstance pi = screenedAs(CHANGES_REQUIRED);
        List<Date> timersBefore = timerDueDates(pi);

        moveClockBy(Duration.ofDays(3));
        correlate(MSG_QUESTION_ASKED);

        assertThat(pi).isWaitingAtExactly(AWAIT_RESUBMISSION, TASK_ANSWER_QUESTION);
        assertThat(task(TASK_ANSWER_QUESTION, pi))
                .hasCandidateGroup(GROUP_OFFICERS)
                .hasFormKey("embedded:deployment:forms/answer-question.html")
                .hasDueDate(Date.from(SUBMITTED_AT.plus(Duration.ofDays(3)).plus(TestProcessSettings.REVIEW_SLA)))
                .hasName("case of " + TASK_ANSWER_QUESTION);
        assertThat(timerDueDates(pi)).as("reminder and deadline keep their due dates").isEqualTo(timersBefore);

        complete(task(TASK_ANSWER_QUESTION, pi), withVariables(VAR_ANSWER, "All four corners must be visible."));

        assertThat(pi).hasPassed(TASK_ANSWER_QUESTION, QUESTION_ANSWERED).isWaitingAtExactly(AWAIT_RESUBMISSION);
        assertThat(timerDueDates(pi)).isEqualTo(timersBefore);
        assertThat(calls).containsExactly(INSPECT, SCREEN, REQUEST, QUESTION_LISTENER + ":create", ANSWER_LISTENER);
    }

    @Test
    void reminderAndSecondQuestionComeWhileAQuestionIsOpen() {
        ProcessInstance pi = screenedAs(CHANGES_REQUIRED);
        correlate(MSG_QUESTION_ASKED);

        moveClockBy(TestProcessSettings.RESUBMISSION_REMINDER_AFTER.plus(A_MINUTE));
        execute(dueTimer(pi, RESUBMISSION_REMINDER));
        execute(job(SEND_RESUBMISSION_REMINDER, pi));
        correlate(MSG_QUESTION_ASKED);

        assertThat(pi).hasPassed(SEND_RESUBMISSION_REMINDER).isWaitingAt(AWAIT_RESUBMISSION, TASK_ANSWER_QUESTION);
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_ANSWER_QUESTION).count()).as("one task per question").isEqualTo(2);
        assertThat(calls).containsExactly(INSPECT, SCREEN, REQUEST, QUESTION_LISTENER + ":create", REMIND,
                QUESTION_LISTENER + ":create");
    }

    @Test
    void openQuestionStaysAnswerableAfterTheMerchantResubmits() {
        ProcessInstance pi = submit(CHANGES_REQUIRED, REVIEW);
        inspectAndScreen(pi);
        correlate(MSG_QUESTION_ASKED);

        runtimeService().createMessageCorrelation(MSG_RESUBMITTED).processInstanceBusinessKey(applicationId)
                .setVariable(VAR_REVISION, 2).correlate();
        assertThat(pi).isWaitingAtExactly(INSPECT_DOCUMENTS, TASK_ANSWER_QUESTION);
        inspectAndScreenBeside(pi, TASK_ANSWER_QUESTION);
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW, TASK_ANSWER_QUESTION);

        complete(task(TASK_ANSWER_QUESTION, pi), withVariables(VAR_ANSWER, "Yes, a scan is fine."));
        assertThat(pi).hasPassed(QUESTION_ANSWERED).isWaitingAtExactly(TASK_REVIEW);
        assertThatThrownBy(() -> correlate(MSG_QUESTION_ASKED)).as("no questions outside a change request")
                .isInstanceOf(MismatchingMessageCorrelationException.class);

        complete(task(TASK_REVIEW, pi), withVariables(VAR_DECISION, DECISION_REJECT, VAR_REVIEW_COMMENT, "No."));
        assertThat(pi).isEnded().hasPassed(APPLICATION_REJECTED);
        assertThat(calls).containsExactly(INSPECT, SCREEN, REQUEST, QUESTION_LISTENER + ":create",
                INSPECT, SCREEN, MARK_IN_REVIEW, ANSWER_LISTENER, REVIEW_LISTENER, REJECT_APPLICATION);
    }

    @Test
    void expiryWhileAQuestionIsOpenEndsTheCaseAndClosesTheQuestion() {
        ProcessInstance pi = screenedAs(CHANGES_REQUIRED);
        correlate(MSG_QUESTION_ASKED);

        moveClockBy(TestProcessSettings.RESUBMISSION_WINDOW.plus(A_MINUTE));
        execute(dueTimer(pi, RESUBMISSION_DEADLINE));

        assertThat(pi).isEnded().hasPassed("ServiceTask_ExpireApplication", APPLICATION_EXPIRED)
                .hasNotPassed(QUESTION_ANSWERED);
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(calls).containsExactly(INSPECT, SCREEN, REQUEST, QUESTION_LISTENER + ":create", EXPIRE,
                QUESTION_LISTENER + ":delete");
    }

    @Test
    void goingLiveClosesAQuestionLeftOpenSinceTheResubmission() {
        ProcessInstance pi = submit(CHANGES_REQUIRED, APPROVE);
        inspectAndScreen(pi);
        correlate(MSG_QUESTION_ASKED);
        runtimeService().createMessageCorrelation(MSG_RESUBMITTED).processInstanceBusinessKey(applicationId)
                .setVariable(VAR_REVISION, 2).correlate();
        inspectAndScreenBeside(pi, TASK_ANSWER_QUESTION);

        correlate(MSG_BANK_VERIFIED);
        execute(job(ACTIVATE_WALLET, pi));

        assertThat(pi).isEnded().hasPassed(WALLET_LIVE).hasNotPassed(QUESTION_ANSWERED);
        assertThat(calls).endsWith(ACTIVATE, QUESTION_LISTENER + ":delete");
    }

    @Test
    void withdrawalWhileAQuestionIsOpenClosesTheQuestion() {
        ProcessInstance pi = screenedAs(CHANGES_REQUIRED);
        correlate(MSG_QUESTION_ASKED);

        correlate(MSG_WITHDRAWN);

        assertWithdrawn(pi);
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(calls).contains(QUESTION_LISTENER + ":delete");
    }

    // ------------------------------------------------------------------ withdrawal

    @Test
    void withdrawalEndsProcessWhileWaitingForReview() {
        ProcessInstance pi = screenedAs(REVIEW);

        correlate(MSG_WITHDRAWN);

        assertWithdrawn(pi);
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(calls).containsExactly(INSPECT, SCREEN, MARK_IN_REVIEW, MARK_WITHDRAWN);
    }

    @Test
    void withdrawalEndsProcessWhileAwaitingResubmission() {
        ProcessInstance pi = screenedAs(CHANGES_REQUIRED);

        correlate(MSG_WITHDRAWN);

        assertWithdrawn(pi);
        assertThat(calls).containsExactly(INSPECT, SCREEN, REQUEST, MARK_WITHDRAWN);
    }

    @Test
    void withdrawalEndsProcessWhileAwaitingBankVerification() {
        ProcessInstance pi = screenedAs(APPROVE);

        correlate(MSG_WITHDRAWN);

        assertWithdrawn(pi);
        assertThat(calls).containsExactly(INSPECT, SCREEN, ISSUE_MICRO_DEPOSITS, MARK_WITHDRAWN);
    }

    // ------------------------------------------------------------------ helpers

    private JavaDelegate recording(String name, Consumer<DelegateExecution> behaviour) {
        return execution -> {
            calls.add(name);
            behaviour.accept(execution);
        };
    }

    /** Starts the process as the application does; the screening mock answers with the outcomes in turn. */
    private ProcessInstance submit(String... outcomes) {
        screeningOutcomes.addAll(List.of(outcomes));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, applicationId,
                withVariables(VAR_APPLICATION_ID, applicationId, VAR_REVISION, 1));
        assertThat(pi).isWaitingAtExactly(INSPECT_DOCUMENTS);
        return pi;
    }

    private ProcessInstance screenedAs(String outcome) {
        ProcessInstance pi = submit(outcome);
        inspectAndScreen(pi);
        return pi;
    }

    /** Runs the two asynchronous steps: inspection (an external task, completed as its worker would) and screening. */
    private void inspectAndScreen(ProcessInstance pi) {
        assertThat(pi).isWaitingAtExactly(INSPECT_DOCUMENTS);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("inspection is no job of the engine").isZero();
        ExternalTask inspection = externalTask(INSPECT_DOCUMENTS, pi);
        assertThat(inspection).hasTopicName(INSPECT);
        calls.add(INSPECT);
        inspectedRevisions.add(runtimeService().getVariable(pi.getId(), VAR_REVISION));
        complete(inspection);
        assertThat(pi).isWaitingAtExactly(SCREEN_APPLICATION);
        execute(job(SCREEN_APPLICATION, pi));
    }

    /** The two asynchronous steps while another task (a question) waits beside them. */
    private void inspectAndScreenBeside(ProcessInstance pi, String openTask) {
        assertThat(pi).isWaitingAtExactly(INSPECT_DOCUMENTS, openTask);
        calls.add(INSPECT);
        inspectedRevisions.add(runtimeService().getVariable(pi.getId(), VAR_REVISION));
        complete(externalTask(INSPECT_DOCUMENTS, pi));
        execute(job(SCREEN_APPLICATION, pi));
    }

    /** The due dates of the process's timers, in a fixed order. */
    private List<Date> timerDueDates(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().list().stream()
                .map(Job::getDuedate).sorted().toList();
    }

    private void decide(ProcessInstance pi, String decision) {
        complete(task(pi), withVariables(VAR_DECISION, decision, VAR_REVIEW_COMMENT, "Decided in a test"));
    }

    private void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(applicationId).correlate();
    }

    private void moveClockBy(Duration sinceSubmission) {
        ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT.plus(sinceSubmission)));
    }

    private JobQuery timerOf(ProcessInstance pi, String boundaryEventId) {
        return managementService().createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .activityId(boundaryEventId);
    }

    /** The timer of the boundary event, which must be due at the engine's current time. */
    private Job dueTimer(ProcessInstance pi, String boundaryEventId) {
        Job timer = timerOf(pi, boundaryEventId).executable().singleResult();
        assertThat((Object) timer).as("timer of %s due at %s", boundaryEventId, ClockUtil.getCurrentTime())
                .isNotNull();
        return timer;
    }

    private void assertTimerNotDueYet(ProcessInstance pi, String boundaryEventId) {
        assertThat(timerOf(pi, boundaryEventId).count()).as("timers of %s", boundaryEventId).isOne();
        assertThat(timerOf(pi, boundaryEventId).executable().count())
                .as("timers of %s due at %s", boundaryEventId, ClockUtil.getCurrentTime())
                .isZero();
    }

    private void assertWithdrawn(ProcessInstance pi) {
        assertThat(pi).isEnded().hasPassed("ServiceTask_MarkWithdrawn", APPLICATION_WITHDRAWN);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
