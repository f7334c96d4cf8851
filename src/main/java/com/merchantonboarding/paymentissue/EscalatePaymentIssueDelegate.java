package com.merchantonboarding.paymentissue;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_EscalateIssue}: support's SLA passed. The compliance leads become candidates too and the
 * task's priority rises; the task stays open for support.
 */
@Component("escalatePaymentIssueDelegate")
class EscalatePaymentIssueDelegate implements JavaDelegate {

    static final int ESCALATED_PRIORITY = 80;
    private static final Logger log = LoggerFactory.getLogger(EscalatePaymentIssueDelegate.class);

    private final TaskService tasks;

    EscalatePaymentIssueDelegate(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(PaymentIssueConstants.TASK_RESOLVE).list()) {
            boolean leadsAlready = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                            && PaymentIssueConstants.GROUP_LEADS.equals(l.getGroupId()));
            if (!leadsAlready) {
                tasks.addCandidateGroup(task.getId(), PaymentIssueConstants.GROUP_LEADS);
            }
            if (task.getPriority() < ESCALATED_PRIORITY) {
                tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
            }
            log.info("Payment issue task {} is overdue: escalated to {}", task.getId(),
                    PaymentIssueConstants.GROUP_LEADS);
        }
    }
}
