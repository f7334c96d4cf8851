package com.merchantonboarding.application;

import com.merchantonboarding.common.BrieflyCached;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.MetricsProperties;
import com.merchantonboarding.screening.ScreeningOutcome;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The applications' meters (docs/operations.md): how many are in each status (one grouped count, reused for
 * {@code onboarding.metrics.gauge-refresh}), how long screening takes to route a submission and how long a merchant
 * waits from the first submission to the compliance decision. Timers are recorded after commit, so a job that rolls
 * back and runs again is counted once.
 */
@Component
class ApplicationMetrics {

    private final MeterRegistry registry;
    private final ApplicationRevisionRepository revisions;

    ApplicationMetrics(MeterRegistry registry, ApplicationRepository applications,
                       ApplicationRevisionRepository revisions, MetricsProperties properties) {
        this.registry = registry;
        this.revisions = revisions;
        BrieflyCached<Map<ApplicationStatus, Long>> byStatus = new BrieflyCached<>(properties.gaugeRefresh(), () -> {
            Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
            applications.countByStatus().forEach(c -> counts.put(c.getStatus(), c.getCount()));
            return counts;
        });
        for (ApplicationStatus status : ApplicationStatus.values()) {
            Gauge.builder("onboarding.applications", () -> byStatus.get().getOrDefault(status, 0L))
                    .tag("status", status.name()).description("Applications by status").register(registry);
        }
    }

    /** Screening has decided where a submission goes. */
    void routed(Instant submittedAt, ScreeningOutcome outcome) {
        Duration waited = Duration.between(submittedAt, Clocks.now());
        afterCommit(() -> Timer.builder("onboarding.application.routing")
                .description("From a submission (or resubmission) to screening's routing")
                .tag("outcome", outcome.name()).register(registry).record(waited));
    }

    /** The compliance decision: from the first submission, whatever the rounds of changes in between. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void decided(StatusChanged change) {
        if (change.status() != ApplicationStatus.APPROVED && change.status() != ApplicationStatus.REJECTED) {
            return;
        }
        revisions.findByApplicationIdAndRevision(change.applicationId(), 1).ifPresent(first ->
                Timer.builder("onboarding.application.decision")
                        .description("From the first submission to the compliance decision")
                        .tag("outcome", change.status().name()).register(registry)
                        .record(Duration.between(first.getSubmittedAt(), change.at())));
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
