package com.merchantonboarding.review;

import com.merchantonboarding.application.Application;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationRevision;
import com.merchantonboarding.application.ApplicationRevisionRepository;
import com.merchantonboarding.application.ProcessSteps;
import com.merchantonboarding.process.ProcessConstants;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of a review task ({@code UserTask_ReviewApplication}, {@code UserTask_SecondReview}): the task is named
 * after its case ({@code MO-2026-000123 · 厦门示例贸易有限公司 · 5812}), so that Tasklist's list tells the cases apart
 * and its search (task name, the default) finds a reference or a merchant's name; and it gets task-local copies of
 * what the filters show on each card (country, providers, category, which review). These are display copies of
 * the submitted revision: nothing decides on them, and a completion cannot set them ({@link ReviewTasks}).
 */
@Component("reviewTaskCaseListener")
class ReviewTaskCaseListener implements TaskListener {

    static final String VAR_REFERENCE = "reference";
    static final String VAR_MERCHANT_NAME = "merchantName";
    static final String VAR_CATEGORY = "merchantCategory";
    static final String VAR_COUNTRY = "country";
    static final String VAR_PROVIDERS = "walletProviders";
    static final String VAR_REVIEW = "review";
    /** Camunda's column for a task's name. */
    static final int MAX_NAME = 255;

    private final ProcessSteps steps;
    private final ApplicationRevisionRepository revisions;

    ReviewTaskCaseListener(ProcessSteps steps, ApplicationRevisionRepository revisions) {
        this.steps = steps;
        this.revisions = revisions;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID applicationId = ReviewDecisionListener.applicationId(task);
        Application application = steps.application(applicationId);
        ApplicationData data = revisions.findByApplicationIdAndRevision(applicationId, application.getRevision())
                .map(ApplicationRevision::getData).orElse(application.getData());
        task.setName(name(application.getReference(), data.legalName(), data.merchantCategoryCode()));
        task.setVariableLocal(VAR_REFERENCE, application.getReference());
        task.setVariableLocal(VAR_MERCHANT_NAME, data.legalName());
        task.setVariableLocal(VAR_CATEGORY, data.merchantCategoryCode());
        task.setVariableLocal(VAR_COUNTRY, data.country());
        task.setVariableLocal(VAR_PROVIDERS, data.walletProviders().stream().map(Enum::name)
                .collect(Collectors.joining(", ")));
        task.setVariableLocal(VAR_REVIEW, ProcessConstants.TASK_SECOND_REVIEW.equals(task.getTaskDefinitionKey())
                ? "second (four eyes)" : "first");
    }

    /** {@code reference · legal name · MCC}, leaving out what is missing, at most {@value #MAX_NAME} characters. */
    static String name(String reference, String legalName, String categoryCode) {
        String name = java.util.stream.Stream.of(reference, legalName, categoryCode)
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.strip().replaceAll("\\s+", " "))
                .collect(Collectors.joining(" · "));
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }
}
