package com.merchantonboarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.merchantonboarding.application.ApplicationReferences;
import com.merchantonboarding.application.ProcessSteps;
import com.merchantonboarding.documents.InspectionBusyException;
import com.merchantonboarding.documents.InspectionFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The inspection worker's handler on a real engine, fetching and reporting through the engine's external-task
 * service as the client does through /engine-rest: success, a failure retried after 1, 5 and 15 minutes and an
 * incident after the last attempt, busy without an attempt used, a stale revision, and a document inspected
 * meanwhile by another worker. The domain step is a mock (the real one is run by the integration tests).
 */
class InspectDocumentsWorkerTest {

    private static final String WORKER = "test-worker";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static ProcessEngine engine;

    private final ProcessSteps steps = mock(ProcessSteps.class);
    private final InspectionWorkerProperties properties = new InspectionWorkerProperties(true, "", "inspectionworker",
            "secret", Duration.ofMinutes(2), Duration.ofSeconds(20), 0,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)), Duration.ofSeconds(15),
            Duration.ofSeconds(45));
    private InspectDocumentsWorker worker;
    private UUID applicationId;
    private String instanceId;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("inspection-worker-test");
        configuration.setJdbcUrl("jdbc:h2:mem:inspection-worker-test;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("inspect.bpmn",
                Bpmn.createExecutableProcess("inspect").startEvent()
                        .serviceTask("ServiceTask_InspectDocuments")
                        .camundaExternalTask(ProcessConstants.TOPIC_INSPECT_DOCUMENTS)
                        .userTask("UserTask_Next").endEvent().done()).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void start() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        ApplicationReferences references = mock(ApplicationReferences.class);
        when(references.reference(org.mockito.ArgumentMatchers.any())).thenReturn(Optional.of("MO-2026-000001"));
        worker = new InspectDocumentsWorker(steps, references, properties);
        applicationId = UUID.randomUUID();
        when(steps.currentRevision(applicationId)).thenReturn(Optional.of(1));
        instanceId = engine.getRuntimeService().startProcessInstanceByKey("inspect", applicationId.toString(),
                Map.of(ProcessConstants.VAR_APPLICATION_ID, applicationId.toString(),
                        ProcessConstants.VAR_REVISION, 1)).getId();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void inspectsTheRevisionAndCompletesTheTask() {
        assertThat(fetchAndWork()).isEqualTo(InspectDocumentsWorker.Result.COMPLETED);

        verify(steps).inspectDocuments(applicationId, 1);
        assertThat(engine.getRuntimeService().getActiveActivityIds(instanceId)).containsExactly("UserTask_Next");
        assertThat(engine.getRuntimeService().getVariables(instanceId)).containsOnlyKeys(
                ProcessConstants.VAR_APPLICATION_ID, ProcessConstants.VAR_REVISION);
    }

    @Test
    void aFailureIsRetriedAfterOneFiveAndFifteenMinutesThenBecomesAnIncident() {
        doThrow(new InspectionFailedException("Tesseract failed: exit code 127")).when(steps)
                .inspectDocuments(applicationId, 1);

        assertThat(fetchAndWork()).isEqualTo(InspectDocumentsWorker.Result.RETRY);
        assertRetriesAndNextFetch(3, Duration.ofMinutes(1));
        assertThat(fetchAndWork()).isEqualTo(InspectDocumentsWorker.Result.RETRY);
        assertRetriesAndNextFetch(2, Duration.ofMinutes(5));
        assertThat(fetchAndWork()).isEqualTo(InspectDocumentsWorker.Result.RETRY);
        assertRetriesAndNextFetch(1, Duration.ofMinutes(15));
        assertThat(incidents()).isEmpty();

        assertThat(fetchAndWork()).isEqualTo(InspectDocumentsWorker.Result.INCIDENT);
        assertThat(task().getRetries()).isZero();
        assertThat(incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.getIncidentType()).isEqualTo("failedExternalTask");
            assertThat(incident.getIncidentMessage()).contains("Inspection of revision 1 of application "
                    + applicationId + " failed: Tesseract failed: exit code 127", "attempt 4 of 4");
        });
        assertThat(engine.getExternalTaskService().getExternalTaskErrorDetails(task().getId()))
                .contains("InspectionFailedException");
        verify(steps, times(4)).inspectDocuments(applicationId, 1);
        // Not fetched again until an operator sets retries (Cockpit).
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(1))));
        assertThat(fetch()).isEmpty();
    }

    @Test
    void busyHandsTheTaskBackWithoutUsingAnAttempt() {
        doThrow(new InspectionBusyException("Inspection is busy: waited 30 s for 47 MB")).doThrow(
                new InspectionBusyException("Inspection is busy: again")).doThrow(
                new InspectionFailedException("Tesseract failed")).when(steps).inspectDocuments(applicationId, 1);

        for (int i = 0; i < 2; i++) {
            assertThat(fetchAndWork()).isEqualTo(InspectDocumentsWorker.Result.BUSY);
            ExternalTask busy = task();
            assertThat(busy.getRetries()).as("attempts left").isEqualTo(4);
            assertThat(busy.getErrorMessage()).startsWith("Waiting its turn: Inspection is busy");
            Duration wait = Duration.between(ClockUtil.getCurrentTime().toInstant(),
                    busy.getLockExpirationTime().toInstant());
            assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(45));
            assertThat(fetch()).as("not fetched before its wait").isEmpty();
            moveClockBy(wait.plusSeconds(1));
        }
        assertThat(incidents()).isEmpty();

        // The first real failure is the first attempt used: three left, the first back-off.
        assertThat(fetchAndWork()).isEqualTo(InspectDocumentsWorker.Result.RETRY);
        assertRetriesAndNextFetch(3, Duration.ofMinutes(1));
    }

    @Test
    void aRevisionThatIsNoLongerCurrentIsNotInspectedAndBecomesAnIncident() {
        when(steps.currentRevision(applicationId)).thenReturn(Optional.of(2));

        assertThat(fetchAndWork()).isEqualTo(InspectDocumentsWorker.Result.INCIDENT);

        verify(steps, never()).inspectDocuments(eq(applicationId), anyInt());
        assertThat(incidents()).singleElement().extracting(Incident::getIncidentMessage).asString()
                .contains("Revision 1 of application " + applicationId + " is not its current revision (2)");
    }

    @Test
    void aDocumentInspectedMeanwhileByAnotherWorkerIsReused() {
        doThrow(new DataIntegrityViolationException("duplicate key value violates document_inspection_pkey"))
                .doNothing().when(steps).inspectDocuments(applicationId, 1);

        assertThat(fetchAndWork()).isEqualTo(InspectDocumentsWorker.Result.COMPLETED);

        verify(steps, times(2)).inspectDocuments(applicationId, 1);
        assertThat(engine.getRuntimeService().getActiveActivityIds(instanceId)).containsExactly("UserTask_Next");
    }

    private InspectDocumentsWorker.Result fetchAndWork() {
        List<LockedExternalTask> fetched = fetch();
        assertThat(fetched).as("fetchable at %s", ClockUtil.getCurrentTime()).hasSize(1);
        LockedExternalTask task = fetched.get(0);
        ExternalTaskService service = engine.getExternalTaskService();
        return worker.work(new InspectDocumentsWorker.Task(task.getId(),
                task.getVariables().get(ProcessConstants.VAR_APPLICATION_ID),
                task.getVariables().get(ProcessConstants.VAR_REVISION), task.getRetries()),
                new InspectDocumentsWorker.Outcome() {
                    @Override
                    public void complete() {
                        service.complete(task.getId(), WORKER);
                    }

                    @Override
                    public void failure(String message, String details, int retries, Duration retryTimeout) {
                        service.handleFailure(task.getId(), WORKER, message, details, retries,
                                retryTimeout.toMillis());
                    }
                });
    }

    private List<LockedExternalTask> fetch() {
        return engine.getExternalTaskService().fetchAndLock(1, WORKER)
                .topic(ProcessConstants.TOPIC_INSPECT_DOCUMENTS, 120_000)
                .variables(ProcessConstants.VAR_APPLICATION_ID, ProcessConstants.VAR_REVISION)
                .processInstanceVariableEquals(ProcessConstants.VAR_APPLICATION_ID, applicationId.toString())
                .execute();
    }

    /** The task has these attempts left and is fetched again only after the wait. */
    private void assertRetriesAndNextFetch(int retries, Duration wait) {
        assertThat(task().getRetries()).isEqualTo(retries);
        assertThat(task().getLockExpirationTime().toInstant())
                .isEqualTo(ClockUtil.getCurrentTime().toInstant().plus(wait));
        moveClockBy(wait.minusSeconds(1));
        assertThat(fetch()).as("not fetched before %s", wait).isEmpty();
        moveClockBy(Duration.ofSeconds(2));
    }

    private ExternalTask task() {
        return engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(instanceId).singleResult();
    }

    private List<Incident> incidents() {
        return engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId).list();
    }

    private static void moveClockBy(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    }
}
