package com.merchantonboarding.review;

import com.merchantonboarding.application.Questions;
import com.merchantonboarding.application.RecordedFinding;
import com.merchantonboarding.application.RecordedFindingRepository;
import com.merchantonboarding.process.ProcessConstants;
import com.merchantonboarding.screening.ReasonCodes;
import com.merchantonboarding.screening.RuleBaseHolder;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code UserTask_AnswerQuestion}: the answer must be plain text within {@link Questions#MAX_ANSWER}
 * characters and must not reveal internal findings or case notes ({@link AnswerCheck}); a refusal is a message in
 * Tasklist and the task stays open. The answer is stored with its question (and mailed to the merchant), not kept
 * as a process variable.
 */
@Component("answerQuestionListener")
class AnswerQuestionListener implements TaskListener {

    private final Questions questions;
    private final RecordedFindingRepository findings;
    private final Dossiers dossiers;
    private final RuleBaseHolder rules;
    private final IdentityService identity;

    AnswerQuestionListener(Questions questions, RecordedFindingRepository findings, Dossiers dossiers,
                           RuleBaseHolder rules, IdentityService identity) {
        this.questions = questions;
        this.findings = findings;
        this.dossiers = dossiers;
        this.rules = rules;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Object raw = task.getVariable(ProcessConstants.VAR_ANSWER);
        String answer = raw == null ? null : raw.toString();
        if (answer == null || answer.isBlank()) {
            throw refuse("Write an answer for the merchant before you complete the task.");
        }
        if (questions.forTask(task.getId()).isEmpty()) {
            throw refuse("This task has no question to answer.");
        }
        UUID applicationId = ReviewDecisionListener.applicationId(task);
        ReasonCodes codes = rules.current().reasonCodes();
        Set<String> internalCodes = internalCodes(codes);
        List<String> internalRuleIds = findings.findByApplicationIdOrderByRevisionAscCreatedAtAsc(applicationId)
                .stream().filter(f -> !codes.merchantVisible(f.getCode())).map(RecordedFinding::getRuleId)
                .filter(id -> id != null && !id.isBlank()).distinct().toList();
        List<String> notes = dossiers.notes(applicationId).stream().map(Dossier.Note::text).toList();
        AnswerCheck.problem(answer, Questions.MAX_ANSWER, internalCodes, internalRuleIds, notes).ifPresent(problem -> {
            throw refuse(problem);
        });
        questions.answer(task.getId(), answer, ReviewDecisionListener.currentUser(identity, task));
        // The answer lives with its question; the process keeps ids and decision flags only.
        task.removeVariable(ProcessConstants.VAR_ANSWER);
    }

    /** The codes merchants never see (merchant-visible {@code no} in the reason-code table). */
    static Set<String> internalCodes(ReasonCodes codes) {
        return codes.codes().stream().filter(c -> !codes.merchantVisible(c)).collect(Collectors.toSet());
    }

    static FormFieldValidationException refuse(String message) {
        return new FormFieldValidationException(ProcessConstants.VAR_ANSWER, message);
    }
}
