package com.merchantonboarding.review;

import com.merchantonboarding.application.Question;
import com.merchantonboarding.application.Questions;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code UserTask_AnswerQuestion} is created (after {@link ReviewTaskCaseListener} named it after its case): it takes
 * its question, and says in its name and on its card that it is a question. Deleted unanswered (the case ended:
 * rejected, expired, live or withdrawn): its question is closed, and the merchant sees it closed.
 */
@Component("questionTaskListener")
class QuestionTaskListener implements TaskListener {

    static final String VAR_QUESTION_ID = "questionId";
    /** The first part of the task's name: {@code Question · MO-2026-000123 · 厦门示例贸易有限公司 · 5812}. */
    static final String PREFIX = "Question";

    private static final Logger log = LoggerFactory.getLogger(QuestionTaskListener.class);

    private final Questions questions;

    QuestionTaskListener(Questions questions) {
        this.questions = questions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_DELETE.equals(task.getEventName())) {
            questions.closeForTask(task.getId());
            return;
        }
        UUID applicationId = ReviewDecisionListener.applicationId(task);
        Question question = questions.assignTask(applicationId, task.getId()).orElse(null);
        if (question == null) {
            // A message sent without a stored question (not through the API): officers see an empty thread.
            log.warn("Answer task {} of application {} has no open question", task.getId(), applicationId);
        } else {
            task.setVariableLocal(VAR_QUESTION_ID, question.getId().toString());
        }
        String name = task.getName() == null ? "" : task.getName();
        task.setName(ReviewTaskCaseListener.name(PREFIX, name, null));
        task.setVariableLocal(ReviewTaskCaseListener.VAR_REVIEW, "question");
    }
}
