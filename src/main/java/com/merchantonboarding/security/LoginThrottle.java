package com.merchantonboarding.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import com.merchantonboarding.common.Clocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without locking anyone out (NIST SP 800-63B, 5.2.2): failed logins are counted by
 * account and client address together, by client address and by account, in the database so every node sees them.
 * After a number of free failures each further one doubles the wait before the next try, up to a ceiling. The
 * per-account wait is capped at one minute, so someone who only knows a merchant's email cannot keep them out for
 * long from many addresses; the tighter limits are on the address, where an attacker's own tries land.
 *
 * <p>Every failure is also published as a {@link LoginFailed} event (the merchant's mail after repeated failures,
 * {@code notification/SecurityAlerts}, listens). The doubling back-off stays hand-written: a token bucket
 * (Bucket4j, used for the API keys' limits in {@link FailureBuckets}) refills at a steady pace and cannot make each
 * further failure wait twice as long (docs/decisions.md).
 */
@Component
public class LoginThrottle {

    /** How many failures are free for a key, and the longest wait they can lead to. */
    record Policy(String kind, int freeFailures, Duration ceiling) {
    }

    static final Policy ACCOUNT_AND_ADDRESS = new Policy("pair", 5, Duration.ofMinutes(15));
    // Generous: many people can share one address (an office behind NAT, a proxy without forwarded headers).
    static final Policy ADDRESS = new Policy("address", 100, Duration.ofMinutes(15));
    static final Policy ACCOUNT = new Policy("account", 10, Duration.ofMinutes(1));
    /** Failures older than this are forgotten: the count starts again. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AtomicLong lastCleanup = new AtomicLong();

    LoginThrottle(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** How long the caller must wait before this login may be tried, if at all. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Duration> waitBefore(String scope, String account, String address) {
        Instant now = Clocks.now();
        List<Timestamp> until = jdbc.queryForList("select blocked_until from login_throttle where throttle_key in "
                + "(?, ?, ?) and blocked_until > ?", Timestamp.class, key(scope, ACCOUNT_AND_ADDRESS, account, address),
                key(scope, ADDRESS, account, address), key(scope, ACCOUNT, account, address), Timestamp.from(now));
        return until.stream().map(t -> Duration.between(now, t.toInstant())).max(Duration::compareTo);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String scope, String account, String address) {
        Instant now = Clocks.now();
        long last = lastCleanup.get();
        if (now.toEpochMilli() - last > CLEANUP_EVERY.toMillis() && lastCleanup.compareAndSet(last, now.toEpochMilli())) {
            forgetOld();
        }
        for (Policy policy : List.of(ACCOUNT_AND_ADDRESS, ADDRESS, ACCOUNT)) {
            String key = key(scope, policy, account, address);
            int failures = count(key, now);
            if (failures > policy.freeFailures()) {
                jdbc.update("update login_throttle set blocked_until = ? where throttle_key = ?",
                        Timestamp.from(now.plus(backOff(failures - policy.freeFailures(), policy.ceiling()))), key);
            }
        }
        events.publishEvent(new LoginFailed(scope, account, address));
    }

    /** A successful login forgets the account's failures (the address's stay: they may be another's). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String scope, String account, String address) {
        jdbc.update("delete from login_throttle where throttle_key in (?, ?)",
                key(scope, ACCOUNT_AND_ADDRESS, account, address), key(scope, ACCOUNT, account, address));
    }

    /**
     * Removes what is too old to matter, so guessing at many made-up accounts leaves no lasting rows (run by
     * {@link #failed} at most every {@link #CLEANUP_EVERY} on each node).
     */
    int forgetOld() {
        return jdbc.update("delete from login_throttle where last_failure_at < ? and (blocked_until is null "
                + "or blocked_until < ?)", Timestamp.from(Clocks.now().minus(FORGET_AFTER)),
                Timestamp.from(Clocks.now()));
    }

    /** 1 s after the first failure over the free ones, then doubling: 2 s, 4 s, … up to the ceiling. */
    static Duration backOff(int failuresOverFree, Duration ceiling) {
        int doublings = Math.min(failuresOverFree - 1, 30);
        Duration wait = Duration.ofSeconds(1L << Math.max(0, doublings));
        return wait.compareTo(ceiling) > 0 ? ceiling : wait;
    }

    private int count(String key, Instant now) {
        Timestamp forgetBefore = Timestamp.from(now.minus(FORGET_AFTER));
        String update = "update login_throttle set failures = case when last_failure_at < ? then 1 else failures + 1 "
                + "end, last_failure_at = ? where throttle_key = ?";
        if (jdbc.update(update, forgetBefore, Timestamp.from(now), key) == 0) {
            try {
                jdbc.update("insert into login_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?)",
                        key, Timestamp.from(now));
            } catch (DuplicateKeyException raced) {
                jdbc.update(update, forgetBefore, Timestamp.from(now), key);
            }
        }
        Integer failures = jdbc.queryForObject("select failures from login_throttle where throttle_key = ?",
                Integer.class, key);
        return failures == null ? 0 : failures;
    }

    private static String key(String scope, Policy policy, String account, String address) {
        String who = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
        String where = address == null ? "" : address;
        String value = switch (policy.kind()) {
            case "pair" -> who + "|" + where;
            case "address" -> where;
            default -> who;
        };
        String key = scope + ":" + policy.kind() + ":" + value;
        return key.length() > 400 ? key.substring(0, 400) : key;
    }
}
