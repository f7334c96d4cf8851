package com.merchantonboarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantonboarding.documents.InspectionBusyException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A job that ends because inspection is busy waits its turn: retries kept, run again later, never an incident. */
class BusyJobsWaitTheirTurnTest {

    private static final AtomicInteger BUSY_RUNS = new AtomicInteger();
    private static ProcessEngine engine;

    /** Busy as many times as {@link #BUSY_RUNS} says, then fails for real when asked to. */
    public static class Step implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            if (BUSY_RUNS.getAndDecrement() > 0) {
                throw new InspectionBusyException("Inspection is busy: test");
            }
            if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
                throw new IllegalStateException("Tesseract failed: test");
            }
        }
    }

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("busy-jobs-test");
        configuration.setJdbcUrl("jdbc:h2:mem:busy-jobs-test;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new BusyJobsWaitTheirTurn());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("busy.bpmn",
                Bpmn.createExecutableProcess("busy").startEvent()
                        .serviceTask("inspect").camundaAsyncBefore().camundaClass(Step.class.getName())
                        .userTask("review").endEvent().done()).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
        ClockUtil.reset();
    }

    @BeforeEach
    void reset() {
        BUSY_RUNS.set(0);
    }

    @Test
    void aBusyJobKeepsItsRetriesAndRunsAgainLater() {
        BUSY_RUNS.set(5);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("busy").getId();
        for (int run = 0; run < 5; run++) {
            Job job = job(instance);
            long before = ClockUtil.getCurrentTime().getTime();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .isInstanceOf(InspectionBusyException.class);
            Job after = job(instance);
            assertThat(after.getRetries()).isEqualTo(3);
            assertThat(after.getDuedate().getTime() - before)
                    .isBetween(BusyJobsWaitTheirTurn.MIN_DELAY_SECONDS * 1000L - 1000,
                            BusyJobsWaitTheirTurn.MAX_DELAY_SECONDS * 1000L + 1000);
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
        engine.getManagementService().executeJob(job(instance).getId());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult()
                .getTaskDefinitionKey()).isEqualTo("review");
    }

    @Test
    void anyOtherFailureStillUsesUpRetriesAndEndsAsAnIncident() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("busy",
                java.util.Map.of("fail", true)).getId();
        for (int run = 0; run < 3; run++) {
            String id = job(instance).getId();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(id))
                    .hasMessageContaining("Tesseract failed");
        }
        assertThat(job(instance).getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);
    }

    @Test
    void findsBusyAnywhereInTheCauses() {
        assertThat(BusyJobsWaitTheirTurn.busy(new RuntimeException(new InspectionBusyException("x")))).isTrue();
        assertThat(BusyJobsWaitTheirTurn.busy(new RuntimeException(new IllegalStateException()))).isFalse();
        assertThat(BusyJobsWaitTheirTurn.busy(null)).isFalse();
    }

    private static Job job(String instance) {
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance).list();
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }
}
