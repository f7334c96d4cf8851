package com.merchantonboarding.notification;

import com.merchantonboarding.support.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.merchantonboarding.application.Actor;
import com.merchantonboarding.application.ApplicationStatus;
import com.merchantonboarding.application.StatusChanged;
import com.merchantonboarding.common.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A status change is mailed and delivered once, even when it is reported twice (a replayed job) or
 * by two nodes at the same time, and when more than one worker polls.
 */
class ExactlyOnceIT extends NotificationIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    MailWorker mailWorker;
    @Autowired
    WebhookWorker webhookWorker;

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aStatusChangeReportedAgainAndByTwoNodesAtOnceIsMailedAndDeliveredOnce() throws Exception {
        SignedUp merchant = signUp("en");
        registerWebhook(merchant.key(), receiver.url());
        String id = createApplication(merchant.key(), completeData());
        String reference = application(merchant.key(), id).get("reference").asText();
        StatusChanged approved = new StatusChanged(UUID.fromString(id), merchant.merchantId(), reference,
                ApplicationStatus.APPROVED, 1, Actor.OFFICER, Clocks.now());

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> nodes = List.of(1, 2).stream().map(n -> CompletableFuture.runAsync(() -> {
            await(start);
            transactions.executeWithoutResult(tx -> events.publishEvent(approved));
        })).toList();
        start.countDown();
        CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        transactions.executeWithoutResult(tx -> events.publishEvent(approved));

        Mailbox.await(SMTP, merchant.email(), reference);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.requests().size() >= 1);
        // Another node polls too: it finds nothing of this event to send (deliveries of other tests in this
        // context may be due, so what it sent is counted below, at the receivers, not by its return value).
        mailWorker.runOnce("another-node");
        webhookWorker.runOnce("another-node");

        assertThat(Mailbox.to(SMTP, merchant.email())).hasSize(1);
        assertThat(receiver.requests()).hasSize(1);
        assertThat(count("select count(*) from notification_event where application_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from mail_delivery d join notification_event e on e.id = d.event_id"
                + " where e.application_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from webhook_delivery d join notification_event e on e.id = d.event_id"
                + " where e.application_id = ?", id)).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from webhook_delivery d"
                + " join notification_event e on e.id = d.event_id where e.application_id = ?"
                + " and d.state = 'DELIVERED' and d.attempts = 1", id) == 1);
    }

    private long count(String sql, String id) {
        return jdbc.sql(sql).param(UUID.fromString(id)).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
