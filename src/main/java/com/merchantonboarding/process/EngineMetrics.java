package com.merchantonboarding.process;

import com.merchantonboarding.common.BrieflyCached;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.MetricsProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's meters (docs/operations.md). Job acquisition and execution are Camunda's own metrics, counted as they
 * happen on this node: the engine's registry is replaced by one that also counts here (the engine clears its own
 * meters whenever it writes them to {@code ACT_RU_METER_LOG}, so they cannot be read as counters). Open incidents and
 * open review tasks are counted in the engine's tables, at most once per {@code onboarding.metrics.gauge-refresh}.
 */
@Component
class EngineMetrics extends AbstractProcessEnginePlugin implements MeterBinder {

    private static final List<String> REVIEW_TASKS = List.of(ProcessConstants.TASK_REVIEW,
            ProcessConstants.TASK_SECOND_REVIEW);

    private final Map<String, LongAdder> jobs = new LinkedHashMap<>();
    private final ObjectProvider<ProcessEngine> engine;
    private final MetricsProperties properties;

    EngineMetrics(ObjectProvider<ProcessEngine> engine, MetricsProperties properties) {
        this.engine = engine;
        this.properties = properties;
        for (String name : List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
                Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_EXECUTION_REJECTED)) {
            jobs.put(name, new LongAdder());
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getMetricsRegistry() != null) {
            throw new IllegalStateException("Another metrics registry is configured; the job meters need their own");
        }
        configuration.setMetricsRegistry(new MetricsRegistry() {
            @Override
            public void markOccurrence(String name, long times) {
                super.markOccurrence(name, times);
                LongAdder counter = jobs.get(name);
                if (counter != null) {
                    counter.add(times);
                }
            }
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "onboarding.jobs.acquisition.attempts", Metrics.JOB_ACQUISITION_ATTEMPT, null,
                "Rounds of the job executor looking for due jobs");
        String acquired = "Jobs this node acquired (locked) or failed to lock because another node was faster";
        counter(registry, "onboarding.jobs.acquired", Metrics.JOB_ACQUIRED_SUCCESS, "locked", acquired);
        counter(registry, "onboarding.jobs.acquired", Metrics.JOB_ACQUIRED_FAILURE, "lock_failed", acquired);
        String executed = "Job runs on this node that succeeded or failed (a failed run is retried while retries last)";
        counter(registry, "onboarding.jobs.executed", Metrics.JOB_SUCCESSFUL, "success", executed);
        counter(registry, "onboarding.jobs.executed", Metrics.JOB_FAILED, "failure", executed);
        counter(registry, "onboarding.jobs.rejected", Metrics.JOB_EXECUTION_REJECTED, null,
                "Acquired jobs the executor's queue had no room for (they are acquired again later)");

        BrieflyCached<Long> incidents = new BrieflyCached<>(properties.gaugeRefresh(),
                () -> engine.getObject().getRuntimeService().createIncidentQuery().count());
        Gauge.builder("onboarding.incidents.open", () -> incidents.get())
                .description("Open incidents (jobs out of retries and other failures Cockpit shows)").register(registry);

        BrieflyCached<Map<String, long[]>> tasks = new BrieflyCached<>(properties.gaugeRefresh(), this::reviewTasks);
        for (String key : REVIEW_TASKS) {
            Gauge.builder("onboarding.review.tasks.open", () -> tasks.get().get(key)[0]).tag("task", key)
                    .description("Open review tasks by task definition key").register(registry);
            Gauge.builder("onboarding.review.tasks.overdue", () -> tasks.get().get(key)[1]).tag("task", key)
                    .description("Open review tasks past their due date (the review SLA)").register(registry);
        }
    }

    /** Open and overdue tasks per review task: two counts each, on the task table's indexes. */
    private Map<String, long[]> reviewTasks() {
        Date now = Date.from(Clocks.now());
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String key : REVIEW_TASKS) {
            TaskService taskService = engine.getObject().getTaskService();
            counts.put(key, new long[] {
                    taskService.createTaskQuery().processDefinitionKey(ProcessConstants.PROCESS_KEY).taskDefinitionKey(key)
                            .count(),
                    taskService.createTaskQuery().processDefinitionKey(ProcessConstants.PROCESS_KEY).taskDefinitionKey(key)
                            .dueBefore(now).count()});
        }
        return counts;
    }

    private void counter(MeterRegistry registry, String name, String camundaMetric, String result, String description) {
        FunctionCounter.Builder<LongAdder> builder = FunctionCounter.builder(name, jobs.get(camundaMetric),
                LongAdder::sum).tag("camunda_metric", camundaMetric).description(description);
        if (result != null) {
            builder.tag("result", result);
        }
        builder.register(registry);
    }
}
