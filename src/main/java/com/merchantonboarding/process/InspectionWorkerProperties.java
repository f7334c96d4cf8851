package com.merchantonboarding.process;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inspection worker (docs/operations.md, "Inspection workers"): the external-task client that works
 * {@code ServiceTask_InspectDocuments} over /engine-rest.
 *
 * @param enabled         run a worker in this JVM (the default, and the whole point of the {@code worker} profile);
 *                        false on application nodes whose inspections are worked elsewhere
 * @param engineRestUrl   the /engine-rest the worker fetches from; empty means this node's own
 *                        ({@code http://localhost:<port>/engine-rest}), which a node without the application
 *                        (the {@code worker} profile) does not serve
 * @param user            the worker's Camunda user, in the group {@code inspection-workers} (created at start)
 * @param password        its password: required wherever the worker runs, the demo password only in the demo
 * @param lockDuration    how long a fetched task stays locked; extended while the inspection runs, so a worker that
 *                        dies releases its task this long after its last extension
 * @param longPoll        how long a fetch waits on the engine for a task before it answers empty
 * @param maxConcurrent   inspections at once in this worker; 0 means one per core
 * @param retryBackoff    the waits before the retries after a failure: as many retries as waits, then an incident
 * @param busyDelayMin    a task put back because inspection is busy (no image memory in time) is fetched again after
 *                        a random wait between these two, keeping its retries
 * @param busyDelayMax    see {@code busyDelayMin}
 */
@ConfigurationProperties(prefix = "onboarding.worker")
public record InspectionWorkerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("") String engineRestUrl,
        @DefaultValue("inspectionworker") String user,
        @DefaultValue("") String password,
        @DefaultValue("PT2M") Duration lockDuration,
        @DefaultValue("PT20S") Duration longPoll,
        @DefaultValue("0") int maxConcurrent,
        @DefaultValue({"PT1M", "PT5M", "PT15M"}) List<Duration> retryBackoff,
        @DefaultValue("PT15S") Duration busyDelayMin,
        @DefaultValue("PT45S") Duration busyDelayMax) {

    /** Inspections at once: the setting, or one per core. */
    public int concurrency() {
        return maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors();
    }

    /** Every attempt a task gets: the first and one per back-off wait. */
    public int attempts() {
        return retryBackoff.size() + 1;
    }
}
