package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_EscalateReview}: the review is overdue. The task becomes visible to the leads,
 * its priority rises, and {@link ReviewEscalated} is published for the leads' notification.
 */
@Component("escalateReviewDelegate")
class EscalateReviewDelegate extends StepDelegate {

    static final int ESCALATED_PRIORITY = 80;
    private static final Logger log = LoggerFactory.getLogger(EscalateReviewDelegate.class);

    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    EscalateReviewDelegate(ProcessSteps steps, TaskService tasks, ApplicationEventPublisher events) {
        super(steps);
        this.tasks = tasks;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(ProcessConstants.TASK_REVIEW).list()) {
            boolean leadsAlready = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                            && ProcessConstants.GROUP_LEADS.equals(l.getGroupId()));
            if (!leadsAlready) {
                tasks.addCandidateGroup(task.getId(), ProcessConstants.GROUP_LEADS);
            }
            if (task.getPriority() < ESCALATED_PRIORITY) {
                tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
            }
            log.info("Review task {} of application {} is overdue: escalated to {}", task.getId(),
                    applicationId(execution), ProcessConstants.GROUP_LEADS);
            events.publishEvent(new ReviewEscalated(applicationId(execution), task.getId(), task.getDueDate()));
        }
    }
}
