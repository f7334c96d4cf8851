package com.merchantonboarding.review;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
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
 * The Tasklist filters officers work from, created at start when missing (by name). Every group
 * that may use Tasklist can read filters (see CamundaIdentitySetup); a filter only shows the tasks a
 * user is authorized to see.
 */
@Component
class TasklistFilters {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);
    private static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", "riskLevel", "label", "Risk"),
            Map.of("name", "revision", "label", "Revision"));

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    void createFilters() {
        ensure("My reviews", "Review tasks assigned to me", -10, "#3c78b5",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("Compliance queue", "Review tasks of my groups, claimed or not", 0, "#555555",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
    }

    private void ensure(String name, String description, int priority, String color, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setProperties(Map.of("description", description, "priority", priority, "color", color,
                "refresh", true, "variables", CARD_VARIABLES));
        filter.setQuery(query);
        filters.saveFilter(filter);
        log.info("Created Tasklist filter '{}'", name);
    }
}
