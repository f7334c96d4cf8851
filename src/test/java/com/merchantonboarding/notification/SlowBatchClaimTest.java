package com.merchantonboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A batch of mails that sends slowly never sends under a claim that may run out during the send: a mail starts only
 * while half of the claim is left, and the rest of a batch too slow for that is released for the next poll, so a
 * second node polling meanwhile never sends a mail the first is sending (issue 12, found by
 * {@code cluster/TwoNodesFailoverIT} with short claims). Before, the batch went on sending after its claims ran out:
 * the second node claimed the mail being sent and sent it again (this test fails so when the check is removed). Two workers on an H2
 * database migrated by the application's Flyway scripts; the clock (Camunda's, which {@link Clocks} follows) moves
 * 10 s with every mail the first node sends, against a claim timeout of 15 s.
 */
class SlowBatchClaimTest {

    private static final Duration CLAIM = Duration.ofSeconds(15);
    private static final Duration SEND = Duration.ofSeconds(10);

    private JdbcClient jdbc;
    private Outbox outbox;
    private NotificationProperties properties;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:claims-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        outbox = new Outbox(jdbc, dataSource);
        properties = new NotificationProperties("Merchant Onboarding <no-reply@onboarding.example>",
                "classpath:/templates/mail/", Duration.ofMinutes(5), ZoneId.of("Asia/Shanghai"), Locale.ENGLISH,
                "http://localhost:8080/camunda/app/tasklist/",
                new NotificationProperties.Worker(true, Duration.ofSeconds(2), 20, CLAIM, ""),
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 2.0, 10));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSecondNodePollingDuringASlowBatchSendsNothingTheFirstIsSending() {
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        List<String> recipients = List.of("first@example.cn", "second@example.cn", "third@example.cn");
        for (int i = 0; i < recipients.size(); i++) {
            String key = "test:" + UUID.randomUUID();
            OutboxEvent event = new OutboxEvent(OutboxEvent.idFor(key), key, "application.approved",
                    UUID.randomUUID(), UUID.randomUUID(), "MO-2026-00000" + i, "APPROVED", 1, start, "{}");
            assertThat(outbox.add(event)).isTrue();
            // Due one after the other, so the poll takes them in this order.
            assertThat(outbox.addMail(event.id(), "approved", recipients.get(i), Locale.ENGLISH,
                    "{\"reference\":\"MO-2026-00000" + i + "\",\"status\":\"APPROVED\",\"revision\":1}",
                    start.minusSeconds(10 - i))).isTrue();
        }
        List<String> sent = new CopyOnWriteArrayList<>();
        MailWorker second = worker(mail -> sent.add(mail.to()));
        boolean[] secondPolled = {false};
        MailWorker first = worker(mail -> {
            sent.add(mail.to());
            ClockUtil.setCurrentTime(Date.from(Clocks.now().plus(SEND)));
            if (mail.to().equals("second@example.cn") && !secondPolled[0]) {
                // 20 s after the first node's poll began, 10 s into the second mail: the other node polls.
                secondPolled[0] = true;
                second.runOnce("node-b");
            }
        });

        first.runOnce("node-a");
        ClockUtil.setCurrentTime(Date.from(Clocks.now().plus(Duration.ofMinutes(1))));
        second.runOnce("node-b");
        first.runOnce("node-a");

        assertThat(sent).as("mails handed to SMTP").containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(jdbc.sql("select recipient, claimed_by, state, attempts from mail_delivery order by recipient")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getInt(4)).list())
                .containsExactly("first@example.cn null DELIVERED 1", "second@example.cn null DELIVERED 1",
                        "third@example.cn null DELIVERED 1");
    }

    private MailWorker worker(MailTransport transport) {
        return new MailWorker(jdbc, outbox, new MailTemplates(properties, new DefaultResourceLoader()), transport,
                properties, new ObjectMapper().findAndRegisterModules());
    }
}
