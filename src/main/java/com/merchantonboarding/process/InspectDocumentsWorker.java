package com.merchantonboarding.process;

import com.merchantonboarding.application.ApplicationReferences;
import com.merchantonboarding.application.ProcessSteps;
import com.merchantonboarding.common.LogContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_InspectDocuments} as an external task (topic {@value ProcessConstants#TOPIC_INSPECT_DOCUMENTS}):
 * what a worker does with one fetched task, whoever fetched it ({@link InspectionWorker} over /engine-rest).
 *
 * <ul>
 *   <li>The revision must still be the application's current one; otherwise nothing is inspected and the task
 *       becomes an incident at once (the process and the application disagree: a person must look).</li>
 *   <li>Inspection is idempotent: a document is inspected once (its inspection row is keyed by the document), so a
 *       task delivered again after its lock expired finds the documents already inspected and stores nothing twice.
 *       Two workers inspecting the same document at once: the second's insert fails on the key, and its second try
 *       finds the first's row.</li>
 *   <li>Completion sets no variable, as the delegate before it did not: screening reads the inspections from the
 *       database.</li>
 *   <li>Busy (no image memory or OCR slot in time): the task is handed back with its retries unchanged and fetched
 *       again {@code busy-delay-min}–{@code busy-delay-max} later; it never becomes an incident for being busy.</li>
 *   <li>Any other failure uses up one attempt: retried after the waits of {@code retry-backoff} (1, 5, 15 minutes),
 *       an incident with the error's message and stack trace after the last.</li>
 * </ul>
 *
 * <p>The retries Camunda keeps on an external task are the attempts left: none until the first failure, then set
 * from {@link InspectionWorkerProperties#attempts()} (4: the first and three retries) minus the failed ones.
 */
@Component
class InspectDocumentsWorker {

    private static final Logger log = LoggerFactory.getLogger(InspectDocumentsWorker.class);

    /** What the worker reads of a fetched task: its id, variables and retries (null before its first failure). */
    record Task(String id, Object applicationId, Object revision, Integer retries) {
    }

    /** How a task ends, told to the engine. */
    interface Outcome {
        void complete();

        /** Retries 0 makes an incident; otherwise the task is fetched again after {@code retryTimeout}. */
        void failure(String message, String details, int retries, Duration retryTimeout);
    }

    enum Result { COMPLETED, BUSY, RETRY, INCIDENT }

    private final ProcessSteps steps;
    private final ApplicationReferences references;
    private final InspectionWorkerProperties properties;

    InspectDocumentsWorker(ProcessSteps steps, ApplicationReferences references,
                           InspectionWorkerProperties properties) {
        this.steps = steps;
        this.references = references;
        this.properties = properties;
    }

    Result work(Task task, Outcome outcome) {
        UUID applicationId;
        int revision;
        try {
            applicationId = UUID.fromString((String) task.applicationId());
            revision = ((Number) task.revision()).intValue();
        } catch (RuntimeException e) {
            return incident(task, outcome, "The task has no valid applicationId and revision (applicationId "
                    + task.applicationId() + ", revision " + task.revision() + "): nothing inspected", null);
        }
        try (LogContext.Scope ignored = LogContext.open(applicationId,
                references.reference(applicationId).orElse(null), revision)) {
            Integer current = steps.currentRevision(applicationId).orElse(null);
            if (current == null || current != revision) {
                return incident(task, outcome, "Revision " + revision + " of application " + applicationId
                        + " is not its current revision (" + (current == null ? "no such application" : current)
                        + "): nothing inspected. The process and the application disagree; see the application's "
                        + "history before retrying.", null);
            }
            try {
                inspect(applicationId, revision);
            } catch (RuntimeException e) {
                if (BusyJobsWaitTheirTurn.busy(e)) {
                    return busy(task, outcome, e);
                }
                return failed(task, outcome, "Inspection of revision " + revision + " of application "
                        + applicationId + " failed: " + rootMessage(e), e);
            }
            outcome.complete();
            log.info("Inspected revision {} of application {} (external task {})", revision, applicationId,
                    task.id());
            return Result.COMPLETED;
        }
    }

    /** Inspects; once more when another worker stored a document's inspection first (the second run reuses it). */
    private void inspect(UUID applicationId, int revision) {
        try {
            steps.inspectDocuments(applicationId, revision);
        } catch (DataIntegrityViolationException storedMeanwhile) {
            log.info("A document of revision {} of application {} was inspected by another worker meanwhile; "
                    + "inspecting again reuses its result", revision, applicationId);
            steps.inspectDocuments(applicationId, revision);
        }
    }

    private Result busy(Task task, Outcome outcome, RuntimeException e) {
        int kept = task.retries() == null ? properties.attempts() : task.retries();
        long min = properties.busyDelayMin().toMillis();
        long max = Math.max(min, properties.busyDelayMax().toMillis());
        Duration wait = Duration.ofMillis(ThreadLocalRandom.current().nextLong(min, max + 1));
        outcome.failure("Waiting its turn: " + rootMessage(e), null, kept, wait);
        log.info("External task {} waits its turn: {}; fetched again in {} s with its {} attempts kept", task.id(),
                rootMessage(e), wait.toSeconds(), kept);
        return Result.BUSY;
    }

    private Result failed(Task task, Outcome outcome, String message, RuntimeException e) {
        int left = (task.retries() == null ? properties.attempts() : task.retries()) - 1;
        if (left <= 0) {
            return incident(task, outcome, message + " (attempt " + properties.attempts() + " of "
                    + properties.attempts() + ")", e);
        }
        Duration wait = properties.retryBackoff().get(properties.attempts() - 1 - left);
        outcome.failure(message, stackTrace(e), left, wait);
        log.warn("External task {}: {}; tried again in {} ({} attempts left)", task.id(), message, wait, left, e);
        return Result.RETRY;
    }

    private Result incident(Task task, Outcome outcome, String message, Throwable e) {
        outcome.failure(message, e == null ? message : stackTrace(e), 0, Duration.ZERO);
        log.error("External task {} is an incident: {}", task.id(), message, e);
        return Result.INCIDENT;
    }

    /** The exception's message, and its root cause's when that says something else. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String rootText = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e || text.contains(rootText) ? text : text + ": " + rootText;
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
