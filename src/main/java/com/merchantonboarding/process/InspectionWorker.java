package com.merchantonboarding.process;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.backoff.ExponentialErrorBackoffStrategy;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The inspection worker (docs/inspection.md, "Workers"): Camunda's external-task client fetching
 * {@value ProcessConstants#TOPIC_INSPECT_DOCUMENTS} from /engine-rest as the worker user, and
 * {@link InspectDocumentsWorker} working each task.
 *
 * <p>At most {@link InspectionWorkerProperties#concurrency()} inspections run at once (one per core). The client
 * fetches one task at a time and only while a slot is free: the handler gives the task to a free slot, then waits
 * for the next slot before it lets the client fetch again, so no fetched task waits in the worker while its lock
 * runs. A running inspection's lock is extended every half lock duration; a worker that dies stops extending and
 * its task is fetched by another worker when the lock expires. Fetches wait on the engine ({@code long-poll}) for a
 * task rather than polling.
 *
 * <p>Started once the application is ready (its own /engine-rest is up and the worker user exists) and stopped
 * first at shutdown; an inspection still running at shutdown is given a short while to finish, otherwise its lock
 * expires and another worker takes it.
 */
@Component
@ConditionalOnProperty(prefix = "onboarding.worker", name = "enabled", havingValue = "true", matchIfMissing = true)
class InspectionWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InspectionWorker.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private final InspectDocumentsWorker worker;
    private final InspectionWorkerProperties properties;
    private final ApplicationContext context;
    private final Semaphore slots;
    private final AtomicInteger threads = new AtomicInteger();
    private volatile boolean ready;
    private volatile boolean running;
    private boolean holdsSlot;
    private ExternalTaskClient client;
    private ExecutorService inspections;
    private ScheduledExecutorService lockExtensions;

    InspectionWorker(InspectDocumentsWorker worker, InspectionWorkerProperties properties, ApplicationContext context) {
        if (properties.engineRestUrl().isBlank() && context.getEnvironment().acceptsProfiles(Profiles.of("worker"))) {
            // A worker-only node refuses its own /engine-rest (security/WorkerNodeSecurity): say so at start.
            throw new IllegalStateException("A worker-only node (profile worker) needs the application's /engine-rest: "
                    + "set ENGINE_REST_URL (onboarding.worker.engine-rest-url), e.g. http://app:8080/engine-rest");
        }
        this.worker = worker;
        this.properties = properties;
        this.context = context;
        this.slots = new Semaphore(properties.concurrency());
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        ready = true;
        if (running) {
            open();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        if (ready) {
            open();
        }
    }

    @Override
    public void stop() {
        ExternalTaskClient stopping;
        synchronized (this) {
            running = false;
            stopping = client;
            client = null;
        }
        if (stopping == null) {
            return;
        }
        // The client's stop waits for the fetch in flight, which a long poll holds up to long-poll; bounded, so a
        // request the engine never answers cannot hold the shutdown (the fetch thread then ends with the JVM).
        Thread stopper = daemon(stopping::stop, "inspection-worker-stop");
        stopper.start();
        try {
            stopper.join(properties.longPoll().toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            log.warn("The inspection worker's fetch did not end within {} s; stopping without it",
                    properties.longPoll().toSeconds() + 5);
        }
        inspections.shutdown();
        try {
            if (!inspections.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Inspection worker stopped with inspections running; their tasks are fetched again when "
                        + "their locks expire");
                inspections.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lockExtensions.shutdownNow();
        synchronized (this) {
            if (holdsSlot) {
                slots.release();
                holdsSlot = false;
            }
        }
        log.info("Inspection worker stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server (so its own /engine-rest is there), stopped before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private synchronized void open() {
        if (client != null) {
            return;
        }
        String url = engineRestUrl();
        inspections = Executors.newFixedThreadPool(properties.concurrency(),
                r -> daemon(r, "inspection-" + threads.incrementAndGet()));
        lockExtensions = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "inspection-locks"));
        client = ExternalTaskClient.create()
                .baseUrl(url)
                .workerId(workerId())
                .addInterceptor(new BasicAuthProvider(properties.user(), properties.password()))
                .maxTasks(1)
                .asyncResponseTimeout(properties.longPoll().toMillis())
                .lockDuration(properties.lockDuration().toMillis())
                // An empty answer comes after the long poll: ask again at once. Errors (engine unreachable, refused):
                // wait 1, 2, 4 … up to 30 s.
                .backoffStrategy(new ExponentialErrorBackoffStrategy(1000, 2, 30_000))
                .disableAutoFetching()
                .build();
        client.subscribe(ProcessConstants.TOPIC_INSPECT_DOCUMENTS)
                .lockDuration(properties.lockDuration().toMillis())
                .variables(ProcessConstants.VAR_APPLICATION_ID, ProcessConstants.VAR_REVISION)
                .handler(this::handle)
                .open();
        client.start();
        log.info("Inspection worker fetching {} from {} as {}: {} at once, locks of {} s", ProcessConstants
                .TOPIC_INSPECT_DOCUMENTS, url, properties.user(), properties.concurrency(),
                properties.lockDuration().toSeconds());
    }

    /** Called by the client's fetch thread, one task at a time. */
    private void handle(ExternalTask task, ExternalTaskService service) {
        if (!takeSlot()) {
            service.unlock(task);
            return;
        }
        synchronized (this) {
            holdsSlot = false;
        }
        try {
            inspections.execute(() -> run(task, service));
        } catch (RuntimeException refused) {
            slots.release();
            service.unlock(task);
            return;
        }
        // The next fetch only once a slot is free: no task waits in this worker with its lock running.
        takeSlot();
    }

    /** Waits for a free slot and keeps it for the next task; false when the worker is stopping. */
    private boolean takeSlot() {
        synchronized (this) {
            if (holdsSlot) {
                return true;
            }
        }
        try {
            while (running) {
                if (slots.tryAcquire(1, TimeUnit.SECONDS)) {
                    synchronized (this) {
                        holdsSlot = true;
                    }
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private void run(ExternalTask task, ExternalTaskService service) {
        long extendEvery = Math.max(1000, properties.lockDuration().toMillis() / 2);
        ScheduledFuture<?> extension = lockExtensions.scheduleAtFixedRate(() -> extend(task, service), extendEvery,
                extendEvery, TimeUnit.MILLISECONDS);
        try {
            worker.work(new InspectDocumentsWorker.Task(task.getId(), task.getVariable(ProcessConstants
                    .VAR_APPLICATION_ID), task.getVariable(ProcessConstants.VAR_REVISION), task.getRetries()),
                    outcome(task, service, extension));
        } catch (RuntimeException e) {
            // Not told to the engine (it could not be reached): the lock expires and the task is fetched again.
            log.error("External task {} could not be finished; it is fetched again when its lock expires",
                    task.getId(), e);
        } finally {
            extension.cancel(false);
            slots.release();
        }
    }

    private static InspectDocumentsWorker.Outcome outcome(ExternalTask task, ExternalTaskService service,
                                                          ScheduledFuture<?> extension) {
        return new InspectDocumentsWorker.Outcome() {
            @Override
            public void complete() {
                extension.cancel(false);
                service.complete(task);
            }

            @Override
            public void failure(String message, String details, int retries, Duration retryTimeout) {
                extension.cancel(false);
                service.handleFailure(task, message, details, retries, retryTimeout.toMillis());
            }
        };
    }

    private void extend(ExternalTask task, ExternalTaskService service) {
        try {
            service.extendLock(task, properties.lockDuration().toMillis());
        } catch (RuntimeException e) {
            log.warn("Could not extend the lock of external task {}: {}", task.getId(), e.getMessage());
        }
    }

    private String engineRestUrl() {
        if (!properties.engineRestUrl().isBlank()) {
            return properties.engineRestUrl();
        }
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null
                && web.getWebServer().getPort() > 0) {
            return "http://localhost:" + web.getWebServer().getPort() + "/engine-rest";
        }
        throw new IllegalStateException("The inspection worker needs onboarding.worker.engine-rest-url "
                + "(ENGINE_REST_URL): this node has no web server of its own");
    }

    private static String workerId() {
        return "inspection@" + ManagementFactory.getRuntimeMXBean().getName();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
