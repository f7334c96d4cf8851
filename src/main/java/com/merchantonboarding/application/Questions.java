package com.merchantonboarding.application;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.PlainText;
import com.merchantonboarding.common.Problems;
import com.merchantonboarding.process.OnboardingProcess;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's questions about requested changes (docs/merchant-questions.md): asked only while changes are
 * requested, each one opens an answer task for officers ({@code UserTask_AnswerQuestion}) without stopping the
 * resubmission clock; the officer's answer reaches the merchant by mail and in the portal and API.
 */
@Service
public class Questions {

    /** Characters of a question (the portal's text box says so too). */
    public static final int MAX_QUESTION = 1000;
    /** Characters of an answer. */
    public static final int MAX_ANSWER = 2000;
    /** Unanswered questions an application may have at once: enough to ask, not enough to flood the officers. */
    public static final int MAX_OPEN = 5;

    private static final Logger log = LoggerFactory.getLogger(Questions.class);

    private final Applications applications;
    private final ApplicationRepository applicationRecords;
    private final ApplicationViews views;
    private final QuestionRepository questions;
    private final OnboardingProcess process;
    private final ApplicationEventPublisher events;

    Questions(Applications applications, ApplicationRepository applicationRecords, ApplicationViews views,
              QuestionRepository questions, OnboardingProcess process, ApplicationEventPublisher events) {
        this.applications = applications;
        this.applicationRecords = applicationRecords;
        this.views = views;
        this.questions = questions;
        this.process = process;
        this.events = events;
    }

    /**
     * Records the merchant's question and opens its answer task. {@code requirement} is optional: one of the items
     * the merchant was asked to change, or null for the request as a whole.
     */
    @Transactional
    public Question ask(UUID merchantId, UUID applicationId, String text, String requirement) {
        Application application = applications.get(merchantId, applicationId);
        if (application.getStatus() != ApplicationStatus.CHANGES_REQUESTED) {
            throw new ApiException(HttpStatus.CONFLICT, "not-awaiting-changes", "No changes are requested",
                    "Questions can be asked only about requested changes, while the application is "
                            + "CHANGES_REQUESTED; it is " + application.getStatus() + ".");
        }
        Optional<String> problem = PlainText.problem(text, MAX_QUESTION);
        if (problem.isPresent()) {
            throw invalid("text", problem.get().startsWith("is too long") ? "TOO_LONG"
                            : problem.get().startsWith("must not be empty") ? "EMPTY" : "INVALID",
                    "The question " + problem.get() + ".");
        }
        String about = requirement == null || requirement.isBlank() ? null : requirement.strip();
        if (about != null && !requestedItems(application).contains(about)) {
            throw invalid("requirement", "NOT_REQUESTED", "'" + printable(about)
                    + "' is not one of the items you were asked to change; leave it out to ask about the request "
                    + "as a whole.");
        }
        if (questions.countByApplicationIdAndState(applicationId, Question.State.OPEN) >= MAX_OPEN) {
            throw new ApiException(HttpStatus.CONFLICT, "too-many-open-questions", "Too many open questions",
                    "This application already has " + MAX_OPEN + " unanswered questions; please wait for an answer.");
        }
        Question question = questions.saveAndFlush(new Question(applicationId, application.getRevision(), about,
                PlainText.normalize(text), Clocks.now()));
        try {
            process.questionAsked(applicationId);
        } catch (MismatchingMessageCorrelationException e) {
            // Changes requested, but the process has moved on (a resubmission or the deadline at the same moment).
            throw ApiException.retriableConflict("The application changed while the question was sent. Nothing "
                    + "was saved; reload the application and try again.");
        }
        log.info("Merchant asked question {} on application {} revision {}", question.getId(), applicationId,
                application.getRevision());
        return question;
    }

    /** The thread of the merchant's own application, oldest first. */
    @Transactional(readOnly = true)
    public List<QuestionView> thread(UUID merchantId, UUID applicationId) {
        applications.get(merchantId, applicationId);
        return questions.findByApplicationIdOrderByAskedAtAscIdAsc(applicationId).stream().map(QuestionView::of)
                .toList();
    }

    /** The whole thread of an application, for officers (with who answered). */
    @Transactional(readOnly = true)
    public List<Question> thread(UUID applicationId) {
        return questions.findByApplicationIdOrderByAskedAtAscIdAsc(applicationId);
    }

    /** The requested items of the application now: what a question may be about. */
    @Transactional(readOnly = true)
    public Set<String> requestedItems(Application application) {
        ApplicationView.Requirements requirements = views.view(application, Locale.ENGLISH).requirements();
        Set<String> items = new LinkedHashSet<>();
        if (requirements != null) {
            requirements.errors().stream().map(ApplicationView.RequirementError::requirement)
                    .filter(r -> r != null).forEach(items::add);
        }
        return items;
    }

    /**
     * A new answer task takes the oldest open question of its application that no task answers yet (one message,
     * one task, one question, in the same transaction as the question).
     */
    @Transactional
    public Optional<Question> assignTask(UUID applicationId, String taskId) {
        Optional<Question> question = questions.findByTaskId(taskId).or(() -> questions
                .findFirstByApplicationIdAndStateAndTaskIdIsNullOrderByAskedAtAscIdAsc(applicationId,
                        Question.State.OPEN));
        question.ifPresent(q -> q.assignTask(taskId));
        return question;
    }

    @Transactional(readOnly = true)
    public Optional<Question> find(UUID questionId) {
        return questions.findById(questionId);
    }

    @Transactional(readOnly = true)
    public Optional<Question> forTask(String taskId) {
        return questions.findByTaskId(taskId);
    }

    /** Records the officer's answer (already checked by the task's complete listener) and tells the merchant. */
    @Transactional
    public Question answer(String taskId, String text, String officer) {
        Question question = questions.findByTaskId(taskId)
                .orElseThrow(() -> new IllegalStateException("No question is answered by task " + taskId));
        question.answer(PlainText.normalize(text), officer, Clocks.now());
        questions.saveAndFlush(question);
        Application application = applicationRecords.findById(question.getApplicationId()).orElseThrow();
        events.publishEvent(new QuestionAnswered(question.getId(), question.getApplicationId(),
                application.getMerchantId()));
        log.info("Question {} of application {} answered by {}", question.getId(), question.getApplicationId(),
                officer);
        return question;
    }

    /** The answer task went away unanswered (the case ended): the question is closed. */
    @Transactional
    public void closeForTask(String taskId) {
        questions.findByTaskId(taskId).ifPresent(q -> {
            if (q.close(Clocks.now())) {
                questions.saveAndFlush(q);
                log.info("Question {} of application {} closed unanswered: the case ended", q.getId(),
                        q.getApplicationId());
            }
        });
    }

    private static ApiException invalid(String field, String code, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request", field + ": " + message)
                .with("errors", List.of(new Problems.FieldError(field, code, message)));
    }

    private static String printable(String text) {
        String shown = text.replaceAll("[^A-Za-z0-9_.\\[\\]]", "?");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
