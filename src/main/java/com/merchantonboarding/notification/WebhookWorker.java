package com.merchantonboarding.notification;

import com.merchantonboarding.common.Clocks;
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
 * Delivers due webhook events: claims each delivery, checks the URL again, posts the signed event and
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

    /**
     * One poll: delivers what is due and returns how many deliveries succeeded. Each delivery is claimed by the
     * thread that posts it, when it starts, for {@code claim-timeout} from then: claimed at the start of the poll,
     * the last of a batch waiting for a free thread behind slow receivers could lose its claim before it is posted,
     * and another node would post it as well.
     */
    int runOnce(String node) {
        List<Future<Boolean>> running = new ArrayList<>();
        for (UUID id : queue.due(Clocks.now(), properties.worker().batchSize())) {
            running.add(pool.submit(() -> claimAndDeliver(id, node)));
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

    private boolean claimAndDeliver(UUID id, String node) {
        Instant now = Clocks.now();
        return queue.claim(id, node, now, now.plus(properties.worker().claimTimeout())) && deliver(id, node);
    }

    private boolean deliver(UUID id, String node) {
        Outbox.WebhookCall call = outbox.webhookCall(id).orElse(null);
        if (call == null) {
            return false;
        }
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
