package com.merchantonboarding.notification;

import com.merchantonboarding.common.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivers due webhook events: claims what is due, checks each URL again, posts the signed event and
 * records the try. Several deliveries go out in parallel, so one slow receiver does not hold up the
 * others; a failed try is retried with back-off and the same event id.
 */
@Component
class WebhookWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final DeliveryQueue queue;
    private final Outbox outbox;
    private final WebhookUrls urls;
    private final WebhookSender sender;
    private final WebhookProperties webhookProperties;
    private final NotificationProperties properties;
    private final ExecutorService pool;
    private final NotificationMetrics metrics;

    WebhookWorker(JdbcClient jdbc, Outbox outbox, WebhookUrls urls, WebhookSender sender,
                  WebhookProperties webhookProperties, NotificationProperties properties, NotificationMetrics metrics) {
        this.queue = DeliveryQueue.webhooks(jdbc);
        this.metrics = metrics;
        this.outbox = outbox;
        this.urls = urls;
        this.sender = sender;
        this.webhookProperties = webhookProperties;
        this.properties = properties;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, webhookProperties.concurrency()), r -> {
            Thread thread = new Thread(r, "webhook-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One poll: delivers what is due and returns how many deliveries succeeded. */
    int runOnce(String node) {
        Instant now = Clocks.now();
        Instant until = DeliveryQueue.claimUntil(now, properties.worker().claimTimeout());
        if (queue.claimDue(node, now, until, properties.worker().batchSize()) == 0) {
            return 0;
        }
        List<Future<Boolean>> running = new ArrayList<>();
        Duration timeout = properties.worker().claimTimeout();
        for (Outbox.WebhookCall call : outbox.claimedWebhookCalls(node, until)) {
            // A delivery waiting for a free thread behind slow receivers is posted only while half its claim is
            // left; otherwise it is released for the next poll, before another node could take it.
            running.add(pool.submit(() -> {
                if (!DeliveryQueue.mayStartSend(until, timeout)) {
                    queue.release(call.id(), node, until);
                    return false;
                }
                return deliver(call, node);
            }));
        }
        int delivered = 0;
        for (Future<Boolean> delivery : running) {
            try {
                delivered += delivery.get() ? 1 : 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return delivered;
            } catch (ExecutionException e) {
                log.error("A webhook delivery failed unexpectedly", e.getCause());
            }
        }
        return delivered;
    }

    private boolean deliver(Outbox.WebhookCall call, String node) {
        UUID id = call.id();
        if (call.webhookDeleted()) {
            queue.failed(id, node, Clocks.now(), null, "The webhook was deleted", null);
            return false;
        }
        Optional<WebhookUrls.Refusal> refusal = urls.refusal(call.url());
        WebhookSender.Attempt attempt = refusal
                .map(r -> new WebhookSender.Attempt(null, "Not sent: the URL " + r.message()))
                .orElseGet(() -> sender.post(call));
        Instant now = Clocks.now();
        if (attempt.succeeded()) {
            queue.delivered(id, node, now, attempt.statusCode());
            log.info("Webhook event {} ({}) delivered to webhook {}", call.eventId(), call.type(), call.webhookId());
            return true;
        }
        int failed = call.attempts() + 1;
        RetryPolicy retry = webhookProperties.retry();
        Instant next = retry.retriesAfter(failed) ? now.plus(retry.delayAfter(failed)) : null;
        queue.failed(id, node, now, attempt.statusCode(), attempt.error(), next);
        metrics.webhookFailed(next == null);
        if (next == null) {
            log.warn("Webhook event {} to webhook {} failed {} times; given up: {}", call.eventId(), call.webhookId(),
                    failed, attempt.error());
        } else {
            log.info("Webhook event {} to webhook {} failed (try {}), retried at {}: {}", call.eventId(),
                    call.webhookId(), failed, next, attempt.error());
        }
        return false;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
