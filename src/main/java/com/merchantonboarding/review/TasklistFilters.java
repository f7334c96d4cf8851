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
 * The Tasklist filters officers work from, created at start when missing (by name), each readable by
 * the groups it is meant for. A filter only ever shows the tasks a user is authorized to see.
 */
@Component
class TasklistFilters {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);
    private static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", "riskLevel", "label", "Risk"),
            Map.of("name", "revision", "label", "Revision"));

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
        ensure("My reviews", "Review tasks assigned to me", -10, "#3c78b5", reviewers,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("Compliance queue", "Review tasks of my groups, claimed or not", 0, "#555555", reviewers,
                myGroups());
        ensure("High risk", "Applications screened as high risk", 5, "#b94a48", reviewers,
                myGroups().processVariableValueEquals(ProcessConstants.VAR_RISK_LEVEL, "HIGH"));
        ensure("Overdue", "Reviews past their due date", 10, "#f89406", reviewers,
                myGroups().dueBeforeExpression("${now()}"));
        ensure("Second reviews", "Four eyes: high-risk approvals waiting for a lead", 15, "#8a6d3b",
                List.of(ProcessConstants.GROUP_LEADS),
                tasks.createTaskQuery().taskDefinitionKey(ProcessConstants.TASK_SECOND_REVIEW)
                        .taskCandidateGroup(ProcessConstants.GROUP_LEADS).includeAssignedTasks());
    }

    private TaskQuery myGroups() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
    }

    private void ensure(String name, String description, int priority, String color, List<String> groups,
                        TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
            filter.setProperties(Map.of("description", description, "priority", priority, "color", color,
                    "refresh", true, "variables", CARD_VARIABLES));
            filter.setQuery(query);
            filter = filters.saveFilter(filter);
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
