package com.merchantonboarding.notification;

import static com.merchantonboarding.notification.Outbox.utc;

import com.merchantonboarding.common.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bookkeeping both delivery tables share: which rows are due, the claim a worker takes before
 * sending (a conditional update that only one node can win), and the outcome of a try. Every
 * statement commits on its own, so a claim is visible to other nodes before anything is sent.
 *
 * <p>A worker claims what is due in one statement ({@link #claimDue}): one transaction a poll, not a read and a claim
 * for every row (issue 12: the database's transactions per application).
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

    /**
     * Takes up to {@code limit} due rows that nobody holds, oldest first, for this node until {@code until}, in one
     * update: a row another node claims at the same moment is taken by one of them only (the update's condition is
     * checked again on the row once the other's update committed). {@code until} identifies the claim: the caller
     * reads the rows it got by {@code claimed_by} and {@code claimed_until}. Returns how many rows were taken.
     */
    int claimDue(String node, Instant now, Instant until, int limit) {
        return jdbc.sql("update " + table + " set claimed_by = ?, claimed_until = ? where id in (select id from " + table
                        + " where state = ? and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)"
                        + " order by next_attempt_at limit ?) and state = ? and (claimed_until is null or claimed_until < ?)")
                .params(node, utc(until), Outbox.PENDING, utc(now), utc(now), limit, Outbox.PENDING, utc(now))
                .update();
    }

    /** The end of a claim, to the millisecond: the database keeps it exactly, so the claimed rows are found by it. */
    static Instant claimUntil(Instant now, Duration timeout) {
        return now.plus(timeout).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Whether a send may start now under the claim that ends at {@code until}: only while at least half of the claim
     * is left, so the send ends (its timeouts are shorter) before another node may take the row.
     */
    static boolean mayStartSend(Instant until, Duration timeout) {
        return !Clocks.now().plus(timeout.dividedBy(2)).isAfter(until);
    }

    /** Gives back a row this node holds and did not send, for the next poll of any node; false when not held. */
    boolean release(UUID id, String node, Instant until) {
        return jdbc.sql("update " + table + " set claimed_by = null, claimed_until = null where id = ?"
                        + " and claimed_by = ? and claimed_until = ? and state = ?")
                .params(id, node, utc(until), Outbox.PENDING)
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
