package com.merchantonboarding.notification;

import static com.merchantonboarding.notification.Outbox.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bookkeeping both delivery tables share: which rows are due, the claim a worker takes before
 * sending (a conditional update that only one node can win), and the outcome of a try. Every
 * statement commits on its own, so a claim is visible to other nodes before anything is sent.
 */
final class DeliveryQueue {

    private final JdbcClient jdbc;
    private final String table;
    private final boolean hasStatusCode;

    private DeliveryQueue(JdbcClient jdbc, String table, boolean hasStatusCode) {
        this.jdbc = jdbc;
        this.table = table;
        this.hasStatusCode = hasStatusCode;
    }

    static DeliveryQueue mails(JdbcClient jdbc) {
        return new DeliveryQueue(jdbc, "mail_delivery", false);
    }

    static DeliveryQueue webhooks(JdbcClient jdbc) {
        return new DeliveryQueue(jdbc, "webhook_delivery", true);
    }

    /** Pending rows whose time has come and that nobody holds, oldest first. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("select id from " + table + " where state = ? and next_attempt_at <= ?"
                        + " and (claimed_until is null or claimed_until < ?) order by next_attempt_at limit ?")
                .params(Outbox.PENDING, utc(now), utc(now), limit)
                .query(UUID.class)
                .list();
    }

    /** Takes the row for this node until {@code until}; false when it is sent, given up, or held by another node. */
    boolean claim(UUID id, String node, Instant now, Instant until) {
        return jdbc.sql("update " + table + " set claimed_by = ?, claimed_until = ? where id = ? and state = ?"
                        + " and (claimed_until is null or claimed_until < ?)")
                .params(node, utc(until), id, Outbox.PENDING, utc(now))
                .update() == 1;
    }

    /** The try succeeded; false when this node no longer held the row. */
    boolean delivered(UUID id, String node, Instant now, Integer statusCode) {
        return jdbc.sql("update " + table + " set state = ?, attempts = attempts + 1, last_attempt_at = ?,"
                        + " delivered_at = ?, last_error = null" + statusCodeAssignment()
                        + ", claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
                .params(hasStatusCode
                        ? new Object[] {Outbox.DELIVERED, utc(now), utc(now), statusCode, id, node}
                        : new Object[] {Outbox.DELIVERED, utc(now), utc(now), id, node})
                .update() == 1;
    }

    /** The try failed: retried at {@code nextAttempt}, or given up when that is null. */
    boolean failed(UUID id, String node, Instant now, Integer statusCode, String error, Instant nextAttempt) {
        String state = nextAttempt == null ? Outbox.FAILED : Outbox.PENDING;
        Instant next = nextAttempt == null ? now : nextAttempt;
        String message = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        return jdbc.sql("update " + table + " set state = ?, attempts = attempts + 1, last_attempt_at = ?,"
                        + " next_attempt_at = ?, last_error = ?" + statusCodeAssignment()
                        + ", claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
                .params(hasStatusCode
                        ? new Object[] {state, utc(now), utc(next), message, statusCode, id, node}
                        : new Object[] {state, utc(now), utc(next), message, id, node})
                .update() == 1;
    }

    private String statusCodeAssignment() {
        return hasStatusCode ? ", last_status_code = ?" : "";
    }
}
