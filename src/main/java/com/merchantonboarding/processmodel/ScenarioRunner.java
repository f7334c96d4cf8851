package com.merchantonboarding.processmodel;

import com.merchantonboarding.process.ProcessConstants;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs process scenarios on a {@link ScratchEngine}. The model's delegates and listeners are stand-ins under the
 * real beans' names (the real ones change applications in the database): they record that they ran, and the one
 * on {@code BusinessRuleTask_ScreenApplication} sets {@code screeningOutcome} and {@code riskLevel} as the
 * scenario's {@code screen:} step says. {@code reviewRouting} answers from the same risk. Other beans an
 * expression names are the application's own (such as {@code processSettings}).
 *
 * <p>External tasks of the workers' topics (inspection) are completed as a worker would, without a result.
 *
 * <p>Steps read in order: a message, a completion or a timer only starts what follows; the asynchronous steps run
 * at the next {@code screen:} (which says what that screening decides), {@code at:}, {@code ended:} or action.
 */
final class ScenarioRunner {

    static final String SCREEN_ELEMENT = "BusinessRuleTask_ScreenApplication";
    private static final int MAX_JOBS = 200;
    private static final String WORKER = "scenario-runner";

    /** What the stand-ins read and write during one scenario. */
    static final class State {
        final Deque<String[]> screenings = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();
        String risk = "LOW";
    }

    /** A delegate, task listener or execution listener that records its call and plays screening. */
    static final class StandIn implements JavaDelegate, TaskListener, ExecutionListener {
        private final String name;
        private final State state;

        StandIn(String name, State state) {
            this.name = name;
            this.state = state;
        }

        @Override
        public void execute(DelegateExecution execution) {
            state.calls.add(name + "@" + execution.getCurrentActivityId());
            if (SCREEN_ELEMENT.equals(execution.getCurrentActivityId())) {
                String[] screening = state.screenings.poll();
                if (screening == null) {
                    throw new IllegalStateException("Screening ran, but the scenario has no 'screen:' step for it");
                }
                state.risk = screening[1];
                execution.setVariable(ProcessConstants.VAR_SCREENING_OUTCOME, screening[0]);
                execution.setVariable(ProcessConstants.VAR_RISK_LEVEL, screening[1]);
            }
        }

        @Override
        public void notify(DelegateTask task) {
            state.calls.add(name + "@" + task.getTaskDefinitionKey());
        }

        @Override
        public void notify(DelegateExecution execution) {
            state.calls.add(name + "@" + execution.getCurrentActivityId());
        }
    }

    /** The stand-in of {@code process/ReviewRouting}: the risk of the last screening. */
    public static final class Routing {
        private final State state;

        Routing(State state) {
            this.state = state;
        }

        public boolean highRisk(DelegateExecution execution) {
            return "HIGH".equals(state.risk);
        }
    }

    private final ProcessEngine engine;
    private final State state;

    ScenarioRunner(ProcessEngine engine, State state) {
        this.engine = engine;
        this.state = state;
    }

    ScenarioRun run(ProcessScenario scenario) {
        state.screenings.clear();
        state.calls.clear();
        state.risk = "LOW";
        ProcessInstance instance;
        try {
            String applicationId = UUID.randomUUID().toString();
            instance = engine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.PROCESS_KEY,
                    applicationId, Map.of(ProcessConstants.VAR_APPLICATION_ID, applicationId,
                            ProcessConstants.VAR_REVISION, 1));
        } catch (RuntimeException e) {
            return ScenarioRun.failed(scenario, null, "the process could not start: " + e.getMessage());
        }
        String id = instance.getId();
        int revision = 1;
        for (ProcessScenario.Step step : scenario.steps()) {
            try {
                switch (step.kind()) {
                    case "screen" -> {
                        state.screenings.add(new String[] {step.target(), step.options().getOrDefault("risk", "LOW")});
                        drain(id);
                    }
                    case "complete" -> {
                        drain(id);
                        Task task = engine.getTaskService().createTaskQuery().processInstanceId(id)
                                .taskDefinitionKey(step.target()).singleResult();
                        if (task == null) {
                            return ScenarioRun.failed(scenario, step, "no open task " + step.target() + "; the "
                                    + "process is at " + where(id));
                        }
                        engine.getTaskService().complete(task.getId(), new HashMap<>(step.options()));
                    }
                    case "message" -> {
                        drain(id);
                        var correlation = engine.getRuntimeService().createMessageCorrelation(step.target())
                                .processInstanceId(id);
                        if (ProcessConstants.MSG_RESUBMITTED.equals(step.target())) {
                            correlation.setVariable(ProcessConstants.VAR_REVISION, ++revision);
                        }
                        correlation.correlate();
                    }
                    case "timer" -> {
                        drain(id);
                        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers()
                                .activityId(step.target()).singleResult();
                        if (timer == null) {
                            return ScenarioRun.failed(scenario, step, "no timer " + step.target()
                                    + " is waiting; the process is at " + where(id));
                        }
                        engine.getManagementService().executeJob(timer.getId());
                    }
                    case "at" -> {
                        drain(id);
                        List<String> active = active(id);
                        if (!active.contains(step.target())) {
                            return ScenarioRun.failed(scenario, step, "the process is at " + where(id));
                        }
                    }
                    case "ended" -> {
                        drain(id);
                        if (!active(id).isEmpty()) {
                            return ScenarioRun.failed(scenario, step, "the process has not ended; it is at "
                                    + where(id));
                        }
                        boolean reached = engine.getHistoryService().createHistoricActivityInstanceQuery()
                                .processInstanceId(id).activityId(step.target()).count() > 0;
                        if (!reached) {
                            return ScenarioRun.failed(scenario, step, "the process ended elsewhere than "
                                    + step.target());
                        }
                    }
                    default -> throw new IllegalStateException("Unknown step " + step.kind());
                }
            } catch (RuntimeException e) {
                return ScenarioRun.failed(scenario, step, rootMessage(e));
            }
        }
        return ScenarioRun.passed(scenario);
    }

    /**
     * Runs every job that is due now (asynchronous steps), as the job executor would, and completes every external
     * task of a topic the application's workers fetch, as they would (recorded as {@code topic@activity}); timers
     * wait.
     */
    private void drain(String instanceId) {
        for (int i = 0; i < MAX_JOBS; i++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instanceId)
                    .executable().list().stream().filter(job -> !isTimer(job)).toList();
            if (!jobs.isEmpty()) {
                engine.getManagementService().executeJob(jobs.get(0).getId());
                continue;
            }
            List<ExternalTask> tasks = engine.getExternalTaskService().createExternalTaskQuery()
                    .processInstanceId(instanceId).notLocked().list().stream()
                    .filter(task -> ModelRules.TOPICS.contains(task.getTopicName())).toList();
            if (tasks.isEmpty()) {
                return;
            }
            ExternalTask task = tasks.get(0);
            engine.getExternalTaskService().lock(task.getId(), WORKER, 60_000);
            state.calls.add(task.getTopicName() + "@" + task.getActivityId());
            engine.getExternalTaskService().complete(task.getId(), WORKER);
        }
        throw new IllegalStateException("More than " + MAX_JOBS + " steps ran without the process waiting: a loop?");
    }

    private boolean isTimer(Job job) {
        return engine.getManagementService().createJobQuery().jobId(job.getId()).timers().count() > 0;
    }

    private List<String> active(String instanceId) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() == 0) {
            return List.of();
        }
        return engine.getRuntimeService().getActiveActivityIds(instanceId);
    }

    private String where(String instanceId) {
        List<String> active = active(instanceId);
        return active.isEmpty() ? "the end (it has ended)" : String.join(", ", active);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
