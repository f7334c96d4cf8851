package com.merchantonboarding.security;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bucket4j's buckets in {@code auth_failure_bucket} with plain SQL that H2 and PostgreSQL both run: read the state,
 * then write it back only if nobody changed it meanwhile (compare and swap; Bucket4j retries when someone did). For
 * H2 (the demo), which Bucket4j's own JDBC modules do not cover: their inserts use {@code ON CONFLICT} or
 * {@code INSERT IGNORE}, which H2 accepts only in a compatibility mode. On PostgreSQL {@link FailureBuckets} uses
 * Bucket4j's PostgreSQL module instead.
 */
final class JdbcBucketStore extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final JdbcTemplate jdbc;

    JdbcBucketStore(JdbcTemplate jdbc, ClientSideConfig config) {
        super(config);
        this.jdbc = jdbc;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                List<byte[]> states = jdbc.query("select state from " + FailureBuckets.TABLE + " where id = ?",
                        (rs, row) -> rs.getBytes(1), key);
                return states.isEmpty() ? Optional.empty() : Optional.ofNullable(states.get(0));
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] replacement, RemoteBucketState state,
                                          Optional<Long> timeoutNanos) {
                Long expiresAt = expiresAt(state);
                if (original == null) {
                    try {
                        return jdbc.update("insert into " + FailureBuckets.TABLE + " (id, state, expires_at) values "
                                + "(?, ?, ?)", key, replacement, expiresAt) == 1;
                    } catch (DuplicateKeyException raced) {
                        return false;
                    }
                }
                return jdbc.update("update " + FailureBuckets.TABLE + " set state = ?, expires_at = ? where id = ? "
                        + "and state = ?", replacement, expiresAt, key, original) == 1;
            }
        };
    }

    private Long expiresAt(RemoteBucketState state) {
        Optional<ExpirationAfterWriteStrategy> expiry = getClientSideConfig().getExpirationAfterWriteStrategy();
        if (expiry.isEmpty()) {
            return null;
        }
        long now = currentTimeNanos();
        return now / 1_000_000 + expiry.get().calculateTimeToLiveMillis(state, now);
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("JDBC buckets are used synchronously");
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("JDBC buckets are used synchronously");
    }

    @Override
    public void removeProxy(String key) {
        jdbc.update("delete from " + FailureBuckets.TABLE + " where id = ?", key);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }
}
