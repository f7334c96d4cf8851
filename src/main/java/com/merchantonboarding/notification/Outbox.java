package com.merchantonboarding.notification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the outbox in the caller's transaction and reads what the workers send. Every insert is
 * "insert if absent" on the table's unique key, so a repeated write is a no-op instead of an error
 * that would roll the caller's transaction back.
 */
@Repository
class Outbox {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    private final JdbcClient jdbc;
    private final boolean postgres;

    Outbox(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    /** Records the event; false when an event with this dedup key is already there. */
    boolean add(OutboxEvent e) {
        if (!postgres && exists("select count(*) from notification_event where dedup_key = ?", e.dedupKey())) {
            return false;
        }
        return jdbc.sql("insert into notification_event (id, dedup_key, type, application_id, merchant_id, reference,"
                        + " status, revision, occurred_at, payload_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + onConflictDoNothing())
                .params(e.id(), e.dedupKey(), e.type(), e.applicationId(), e.merchantId(), e.reference(), e.status(),
                        e.revision(), utc(e.occurredAt()), e.payloadJson())
                .update() == 1;
    }

    boolean addMail(UUID eventId, String template, String recipient, Locale locale, String contentJson, Instant now) {
        if (!postgres && exists("select count(*) from mail_delivery where event_id = ? and recipient = ?",
                eventId, recipient)) {
            return false;
        }
        return jdbc.sql("insert into mail_delivery (id, event_id, template, recipient, locale, content_json, state,"
                        + " attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
                        + onConflictDoNothing())
                .params(UUID.randomUUID(), eventId, template, recipient, locale.toLanguageTag(), contentJson, PENDING,
                        utc(now), utc(now))
                .update() == 1;
    }

    boolean addWebhookDelivery(UUID eventId, UUID webhookId, Instant now) {
        if (!postgres && exists("select count(*) from webhook_delivery where event_id = ? and webhook_id = ?",
                eventId, webhookId)) {
            return false;
        }
        return jdbc.sql("insert into webhook_delivery (id, event_id, webhook_id, state, attempts, next_attempt_at,"
                        + " created_at) values (?, ?, ?, ?, 0, ?, ?)" + onConflictDoNothing())
                .params(UUID.randomUUID(), eventId, webhookId, PENDING, utc(now), utc(now))
                .update() == 1;
    }

    /** A mail to send, as a worker that holds its claim reads it. */
    record Mail(UUID id, String template, String recipient, Locale locale, String contentJson, int attempts) {
    }

    /** The mails this node holds under the claim that ends at {@code until} (see {@link DeliveryQueue#claimDue}). */
    List<Mail> claimedMails(String node, Instant until) {
        return jdbc.sql("select id, template, recipient, locale, content_json, attempts from mail_delivery"
                        + " where claimed_by = ? and claimed_until = ? and state = ? order by next_attempt_at")
                .params(node, utc(until), PENDING)
                .query(Outbox::mail)
                .list();
    }

    private static Mail mail(ResultSet rs, int row) throws SQLException {
        return new Mail(rs.getObject("id", UUID.class), rs.getString("template"), rs.getString("recipient"),
                Locale.forLanguageTag(rs.getString("locale")), rs.getString("content_json"), rs.getInt("attempts"));
    }

    /** A webhook delivery to send: the event's body and where to send it. */
    record WebhookCall(UUID id, UUID eventId, String type, String payloadJson, UUID webhookId, String url,
                       String secret, boolean webhookDeleted, int attempts) {
    }

    /** The webhook deliveries this node holds under the claim that ends at {@code until}. */
    List<WebhookCall> claimedWebhookCalls(String node, Instant until) {
        return jdbc.sql(WEBHOOK_CALLS + " where d.claimed_by = ? and d.claimed_until = ? and d.state = ?"
                        + " order by d.next_attempt_at")
                .params(node, utc(until), PENDING)
                .query(Outbox::webhookCall)
                .list();
    }

    private static final String WEBHOOK_CALLS = "select d.id, d.attempts, e.id as event_id, e.type, e.payload_json,"
            + " w.id as webhook_id, w.url, w.secret, w.deleted_at from webhook_delivery d"
            + " join notification_event e on e.id = d.event_id join webhook w on w.id = d.webhook_id";

    private static WebhookCall webhookCall(ResultSet rs, int row) throws SQLException {
        return new WebhookCall(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getString("type"), rs.getString("payload_json"), rs.getObject("webhook_id", UUID.class),
                rs.getString("url"), rs.getString("secret"), rs.getObject("deleted_at") != null, rs.getInt("attempts"));
    }

    /** One line of a webhook's delivery log. */
    record DeliveryLine(UUID eventId, String type, String state, int attempts, Integer lastStatusCode,
                        String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt,
                        Instant createdAt) {
    }

    List<DeliveryLine> deliveryLog(UUID webhookId, int limit) {
        return jdbc.sql("select e.id as event_id, e.type, d.state, d.attempts, d.last_status_code, d.last_error,"
                        + " d.last_attempt_at, d.next_attempt_at, d.delivered_at, d.created_at from webhook_delivery d"
                        + " join notification_event e on e.id = d.event_id where d.webhook_id = ?"
                        + " order by d.created_at desc, e.occurred_at desc limit ?")
                .params(webhookId, limit)
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    return new DeliveryLine(rs.getObject("event_id", UUID.class), rs.getString("type"), state,
                            rs.getInt("attempts"), (Integer) rs.getObject("last_status_code", Integer.class),
                            rs.getString("last_error"), instant(rs.getObject("last_attempt_at", OffsetDateTime.class)),
                            PENDING.equals(state) ? instant(rs.getObject("next_attempt_at", OffsetDateTime.class)) : null,
                            instant(rs.getObject("delivered_at", OffsetDateTime.class)),
                            instant(rs.getObject("created_at", OffsetDateTime.class)));
                })
                .list();
    }

    private boolean exists(String countSql, Object... params) {
        return jdbc.sql(countSql).params(params).query(Long.class).single() > 0;
    }

    private String onConflictDoNothing() {
        return postgres ? " on conflict do nothing" : "";
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database holds the outbox", e);
        }
    }
}
