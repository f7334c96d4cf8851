package com.merchantonboarding.security;

import com.merchantonboarding.common.Clocks;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Limits on failed authentications as Bucket4j token buckets, kept in the database table {@value #TABLE} so every
 * node counts the same failures: each failure takes a token, the bucket refills over its period, and while it is
 * empty the caller is told how long to wait. On PostgreSQL the buckets are Bucket4j's own PostgreSQL proxy manager
 * (a row locked with {@code select ... for update}); on H2 (the demo, one node) {@link JdbcBucketStore}.
 */
@Component
public class FailureBuckets {

    static final String TABLE = "auth_failure_bucket";
    /** A bucket's row is kept this long after the bucket is full again, then removed (a full bucket is no row). */
    private static final Duration KEEP_AFTER_FULL = Duration.ofMinutes(1);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    /** Bucket4j reads the application's clock, which follows Camunda's, so tests that move it move the buckets. */
    static final TimeMeter CLOCK = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            Instant now = Clocks.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };

    /**
     * How many failures one subject may have per period.
     *
     * @param name     part of the bucket's key ({@code <name>:<subject>})
     * @param failures the bucket's size: failures allowed at once
     * @param period   the time in which an empty bucket fills again
     * @param evenly   true: tokens come back one by one over the period (a steady pace after a burst); false: all
     *                 at once when the period is over (at most {@code failures} per period)
     */
    public record Limit(String name, long failures, Duration period, boolean evenly) {

        public Limit {
            if (failures < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A limit needs at least one failure and a period: " + name);
            }
        }

        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(limit -> evenly ? limit.capacity(failures).refillGreedy(failures, period)
                            : limit.capacity(failures).refillIntervally(failures, period))
                    .build();
        }
    }

    private final ProxyManager<String> buckets;
    private final JdbcTemplate jdbc;
    private final AtomicLong lastCleanup = new AtomicLong();

    FailureBuckets(DataSource dataSource, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                KEEP_AFTER_FULL);
        if (isPostgres(dataSource)) {
            this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE)
                    .idColumn("id")
                    .stateColumn("state")
                    .expiresAtColumn("expires_at")
                    .expirationAfterWrite(expiry)
                    .clientClock(CLOCK)
                    .build();
        } else {
            this.buckets = new JdbcBucketStore(jdbc, ClientSideConfig.getDefault().withClientClock(CLOCK)
                    .withExpirationAfterWriteStrategy(expiry));
        }
    }

    /** How long the subject must wait before its next try, if its bucket is empty. */
    public Optional<Duration> waitBefore(Limit limit, String subject) {
        // Most callers never failed: no row is a full bucket, found without locking anything.
        if (jdbc.queryForList("select 1 from " + TABLE + " where id = ?", key(limit, subject)).isEmpty()) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket(limit, subject).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Counts a failure; false when the limit is reached with it (or was reached before). */
    public boolean failed(Limit limit, String subject) {
        cleanUpNowAndThen();
        var probe = bucket(limit, subject).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() && probe.getRemainingTokens() > 0;
    }

    /** Takes a token if there is one: true at most {@code failures} times per period (a "once a day" guard). */
    public boolean take(Limit limit, String subject) {
        cleanUpNowAndThen();
        return bucket(limit, subject).tryConsume(1);
    }

    /** Forgets the subject's failures (its bucket is full again). */
    public void forget(Limit limit, String subject) {
        buckets.removeProxy(key(limit, subject));
    }

    /** Removes the rows of buckets that are full again: they say nothing a missing row would not. */
    int removeFull() {
        return jdbc.update("delete from " + TABLE + " where expires_at < ?", CLOCK.currentTimeNanos() / 1_000_000);
    }

    private void cleanUpNowAndThen() {
        long now = CLOCK.currentTimeNanos() / 1_000_000;
        long last = lastCleanup.get();
        if (now - last > CLEANUP_EVERY.toMillis() && lastCleanup.compareAndSet(last, now)) {
            removeFull();
        }
    }

    private BucketProxy bucket(Limit limit, String subject) {
        return buckets.builder().build(key(limit, subject), limit::configuration);
    }

    static String key(Limit limit, String subject) {
        String key = limit.name() + ":" + (subject == null ? "" : subject.trim().toLowerCase(Locale.ROOT));
        return key.length() > 400 ? key.substring(0, 400) : key;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
