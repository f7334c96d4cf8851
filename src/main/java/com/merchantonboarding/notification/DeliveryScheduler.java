package com.merchantonboarding.notification;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the outbox for both channels on threads of its own (not the shared Spring scheduler, so a slow
 * receiver delays nothing else). Started after everything else and stopped first; a send cut short by
 * a stop is retried once its claim expires.
 */
@Component
class DeliveryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

    private final MailWorker mails;
    private final WebhookWorker webhooks;
    private final NotificationProperties.Worker settings;
    private final String node;
    private ScheduledExecutorService executor;

    DeliveryScheduler(MailWorker mails, WebhookWorker webhooks, NotificationProperties properties) {
        this.mails = mails;
        this.webhooks = webhooks;
        this.settings = properties.worker();
        this.node = settings.nodeId().isBlank() ? "node-" + UUID.randomUUID() : settings.nodeId();
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || executor != null) {
            return;
        }
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, "notification-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> poll("mail", mails::runOnce), interval, interval, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> poll("webhook", webhooks::runOnce), interval, interval,
                TimeUnit.MILLISECONDS);
        log.info("Notification worker {} polls every {} ms", node, interval);
    }

    /** A poll never throws: an exception would end the schedule. */
    private void poll(String channel, ToIntFunction<String> worker) {
        try {
            worker.applyAsInt(node);
        } catch (RuntimeException e) {
            log.warn("Polling the {} outbox failed; trying again at the next poll: {}", channel, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
