package com.merchantonboarding.review;

import java.util.List;
import java.util.Map;
import com.merchantonboarding.process.ProcessConstants;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters officers work from, each readable by the groups it is meant for; a filter only ever shows the
 * tasks a user is authorized to see. They are the application's: at every start a missing one is created and an
 * existing one (by name) gets the query, sorting and card variables defined here, so that a change reaches a
 * database that already has them.
 *
 * <p>Tasklist opens on the readable filter with the lowest priority: the lead's "Second reviews", the officer's
 * "Compliance queue" (where the work is; "My reviews" holds only what one has claimed). Every filter sorts by due date
 * (overdue first, then the nearest SLA), then by priority (an escalated review has 80): Tasklist appends its own
 * sorting after a filter's.
 */
@Component
class TasklistFilters {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);
    /**
     * Shown on every task card, and offered by name in Tasklist's search for variables. The reference, the merchant's
     * name and the category are in the task's name (the card's title, and what the search box looks in).
     */
    static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", ProcessConstants.VAR_RISK_LEVEL, "label", "Risk"),
            Map.of("name", ReviewTaskCaseListener.VAR_COUNTRY, "label", "Country"),
            Map.of("name", ReviewTaskCaseListener.VAR_PROVIDERS, "label", "Providers"),
            Map.of("name", ProcessConstants.VAR_REVISION, "label", "Revision"),
            Map.of("name", ReviewTaskCaseListener.VAR_REVIEW, "label", "Review"));

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    void createFilters() {
        List<String> reviewers = List.of(ProcessConstants.GROUP_OFFICERS, ProcessConstants.GROUP_LEADS);
        ensure("Second reviews", "Four eyes: high-risk approvals waiting for a lead", -20, "#8a6d3b",
                List.of(ProcessConstants.GROUP_LEADS),
                sorted(tasks.createTaskQuery().taskDefinitionKey(ProcessConstants.TASK_SECOND_REVIEW)
                        .taskCandidateGroup(ProcessConstants.GROUP_LEADS).includeAssignedTasks()));
        ensure("Compliance queue", "Review tasks of my groups, claimed or not: overdue first, then by due date",
                -10, "#555555", reviewers, myGroups());
        ensure("My reviews", "Review tasks assigned to me", 0, "#3c78b5", reviewers,
                sorted(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        ensure("High risk", "Applications screened as high risk", 5, "#b94a48", reviewers,
                myGroups().processVariableValueEquals(ProcessConstants.VAR_RISK_LEVEL, "HIGH"));
        ensure("Overdue", "Reviews past their due date", 10, "#f89406", reviewers,
                myGroups().dueBeforeExpression("${now()}"));
        // Customers' payment problems (bpmn/payment-issue.bpmn): support's queue; leads see the overdue ones.
        ensure("Payment issues", "Customers' payment problems reported by merchants: overdue first, then by due date",
                20, "#468847", List.of(ProcessConstants.GROUP_PAYMENT_SUPPORT, ProcessConstants.GROUP_LEADS),
                myGroups().processDefinitionKey(ProcessConstants.PAYMENT_ISSUE_PROCESS_KEY), PAYMENT_ISSUE_CARD_VARIABLES);
    }

    /** On the cards of the payment-issue filter: display copies the task's create listener sets. */
    static final List<Map<String, String>> PAYMENT_ISSUE_CARD_VARIABLES = List.of(
            Map.of("name", "issueKind", "label", "Kind"),
            Map.of("name", "walletProvider", "label", "Provider"),
            Map.of("name", "merchantName", "label", "Merchant"));

    private TaskQuery myGroups() {
        return sorted(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks());
    }

    /** Overdue first (the earliest due date), then the nearest due date, then the highest priority. */
    static TaskQuery sorted(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskPriority().desc();
    }

    private void ensure(String name, String description, int priority, String color, List<String> groups,
                        TaskQuery query) {
        ensure(name, description, priority, color, groups, query, CARD_VARIABLES);
    }

    private void ensure(String name, String description, int priority, String color, List<String> groups,
                        TaskQuery query, List<Map<String, String>> cardVariables) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        boolean created = filter == null;
        if (created) {
            filter = filters.newTaskFilter(name);
        }
        filter.setProperties(Map.of("description", description, "priority", priority, "color", color,
                "refresh", true, "variables", cardVariables));
        filter.setQuery(query);
        filter = filters.saveFilter(filter);
        if (created) {
            log.info("Created Tasklist filter '{}'", name);
        }
        for (String group : groups) {
            if (authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                    .groupIdIn(group).count() == 0) {
                Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setGroupId(group);
                read.setResource(Resources.FILTER);
                read.setResourceId(filter.getId());
                read.addPermission(Permissions.READ);
                authorizations.saveAuthorization(read);
            }
        }
    }
}
