package com.merchantonboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.support.RequiresPostgres;
import com.merchantonboarding.support.TestDatabases;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's claim on PostgreSQL, on a database of its own (so no other test's deliveries are claimed): workers of
 * several nodes claiming what is due in one update each at the same moment share the rows out (every row to exactly
 * one node), a claim that expires (its node died mid-send) passes to another node, and the node that lost it can no
 * longer record an outcome. A repeated event or mail is not added twice.
 */
@RequiresPostgres
class DeliveryQueueIT {

    private static final String DATABASE = TestDatabases.named("delivery_queue");
    private static final Duration CLAIM = Duration.ofSeconds(60);

    private static JdbcClient jdbc;
    private static Outbox outbox;

    @BeforeAll
    static void migrate() throws SQLException {
        TestDatabases.recreate(DATABASE);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestDatabases.url(DATABASE));
        dataSource.setUser(TestDatabases.user());
        dataSource.setPassword(TestDatabases.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        outbox = new Outbox(jdbc, dataSource);
    }

    @AfterAll
    static void drop() throws SQLException {
        TestDatabases.drop(DATABASE);
    }

    @Test
    void nodesClaimingAtTheSameMomentEachGetDifferentMails() throws Exception {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        Set<UUID> added = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            added.add(addMail("race-" + i, now.minusSeconds(300 - i)));
        }
        DeliveryQueue queue = DeliveryQueue.mails(jdbc);
        Instant until = DeliveryQueue.claimUntil(now, CLAIM);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<UUID>>> nodes = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            String node = "node-" + n;
            nodes.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                List<UUID> mine = new ArrayList<>();
                // Each node polls until nothing is left, 25 at a time, as the workers do.
                while (queue.claimDue(node, now, until, 25) > 0) {
                    outbox.claimedMails(node, until).forEach(mail -> {
                        mine.add(mail.id());
                        assertThat(queue.delivered(mail.id(), node, now, null)).isTrue();
                    });
                }
                return mine;
            }));
        }
        start.countDown();
        List<UUID> all = new ArrayList<>();
        for (CompletableFuture<List<UUID>> node : nodes) {
            all.addAll(node.get(60, TimeUnit.SECONDS));
        }

        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(added);
        assertThat(jdbc.sql("select count(*) from mail_delivery where state = 'DELIVERED' and attempts = 1")
                .query(Long.class).single()).isEqualTo(300);
    }

    @Test
    void anExpiredClaimPassesToAnotherNodeAndTheFirstCanNoLongerRecord() {
        Instant later = Instant.parse("2031-01-01T00:00:00Z");
        UUID mail = addMail("expiry", later);
        DeliveryQueue queue = DeliveryQueue.mails(jdbc);

        Instant untilA = DeliveryQueue.claimUntil(later, CLAIM);
        assertThat(queue.claimDue("node-a", later, untilA, 10)).isEqualTo(1);
        assertThat(outbox.claimedMails("node-a", untilA)).extracting(Outbox.Mail::id).containsExactly(mail);
        // Held: another node finds nothing to claim while the claim lasts.
        assertThat(queue.claimDue("node-b", later.plusSeconds(30), DeliveryQueue.claimUntil(later.plusSeconds(30), CLAIM),
                10)).isZero();

        // node-a died mid-send: once its claim expires node-b takes the mail, and node-a can no longer record.
        Instant takeover = later.plusSeconds(61);
        Instant untilB = DeliveryQueue.claimUntil(takeover, CLAIM);
        assertThat(queue.claimDue("node-b", takeover, untilB, 10)).isEqualTo(1);
        assertThat(outbox.claimedMails("node-b", untilB)).extracting(Outbox.Mail::id).containsExactly(mail);
        assertThat(outbox.claimedMails("node-a", untilA)).isEmpty();
        assertThat(queue.delivered(mail, "node-a", takeover.plusSeconds(1), null)).isFalse();
        assertThat(queue.delivered(mail, "node-b", takeover.plusSeconds(1), null)).isTrue();
        // Sent: nobody claims it again, however late.
        assertThat(queue.claimDue("node-a", takeover.plusSeconds(600),
                DeliveryQueue.claimUntil(takeover.plusSeconds(600), CLAIM), 10)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_delivery where id = ? and state = 'DELIVERED' and attempts = 1")
                .param(mail).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRepeatedEventOrMailIsNotAddedTwice() {
        String key = "test:" + UUID.randomUUID();
        OutboxEvent event = new OutboxEvent(OutboxEvent.idFor(key), key, "application.approved", UUID.randomUUID(),
                UUID.randomUUID(), "MO-TEST", "APPROVED", 1, Instant.now(), "{}");
        assertThat(outbox.add(event)).isTrue();
        assertThat(outbox.add(event)).isFalse();
        Instant due = Instant.parse("2032-01-01T00:00:00Z");
        assertThat(outbox.addMail(event.id(), "approved", "claims@example.cn", Locale.ENGLISH, "{}", due)).isTrue();
        assertThat(outbox.addMail(event.id(), "approved", "claims@example.cn", Locale.ENGLISH, "{}", due)).isFalse();
    }

    private static UUID addMail(String name, Instant due) {
        String key = "test:" + name + ":" + UUID.randomUUID();
        OutboxEvent event = new OutboxEvent(OutboxEvent.idFor(key), key, "application.approved", UUID.randomUUID(),
                UUID.randomUUID(), "MO-TEST", "APPROVED", 1, due, "{}");
        assertThat(outbox.add(event)).isTrue();
        assertThat(outbox.addMail(event.id(), "approved", name + "@example.cn", Locale.ENGLISH, "{}", due)).isTrue();
        return jdbc.sql("select id from mail_delivery where event_id = ?").param(event.id()).query(UUID.class).single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
