package com.merchantonboarding.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a request at most once per {@code Idempotency-Key}: a repeat gets the first response, a repeat with another
 * request is refused (422). The first request claims the key in a transaction of its own before it runs; repeats
 * that arrive meanwhile, on any node, wait for its answer (up to {@link #WAIT}, then 409 with {@code Retry-After}).
 * The action and its recorded answer share one transaction; a failed action gives the key up again, and a claim
 * left by a node that died is taken over after {@link #ABANDONED}.
 */
@Component
public class Idempotency {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 50;

    private final IdempotencyRecordRepository records;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    Idempotency(IdempotencyRecordRepository records, TransactionTemplate transactions, ObjectMapper json) {
        this.records = records;
        this.transactions = transactions;
        this.json = json;
    }

    public ResponseEntity<?> run(UUID merchantId, String key, String request, HttpStatus status, Supplier<Object> action) {
        if (key == null || key.isBlank()) {
            return ResponseEntity.status(status).body(transactions.execute(tx -> action.get()));
        }
        if (key.length() > 200) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "The Idempotency-Key header must be at most 200 characters.");
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(merchantId, key);
        String hash = sha256(request);
        // Elapsed time of this wait (monotonic), not business time: it must end also when a test holds the clock.
        long giveUp = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<IdempotencyRecord> earlier = transactions.execute(tx -> records.findById(id));
            if (earlier.isEmpty()) {
                if (claim(id, hash)) {
                    return runClaimed(id, status, action);
                }
                continue;
            }
            IdempotencyRecord record = earlier.get();
            if (!record.getRequestHash().equals(hash)) {
                throw reused();
            }
            if (record.isComplete()) {
                return replay(record);
            }
            if (record.claimedBefore(Clocks.now().minus(ABANDONED))) {
                transactions.executeWithoutResult(tx -> records.releaseClaim(id));
                continue;
            }
            if (System.nanoTime() - giveUp > 0) {
                throw ApiException.retriableConflict("A request with this Idempotency-Key is still in progress; "
                        + "send it again shortly to get its answer.").retryAfter(Duration.ofSeconds(1));
            }
            pause();
        }
    }

    private boolean claim(IdempotencyRecord.Key id, String hash) {
        try {
            transactions.executeWithoutResult(tx ->
                    records.saveAndFlush(IdempotencyRecord.claim(id, hash, Clocks.now())));
            return true;
        } catch (DataIntegrityViolationException e) {
            return false; // another request claimed it first: wait for its answer
        }
    }

    private ResponseEntity<?> runClaimed(IdempotencyRecord.Key id, HttpStatus status, Supplier<Object> action) {
        try {
            return transactions.execute(tx -> {
                Object body = action.get();
                IdempotencyRecord record = records.findById(id).orElseThrow();
                record.complete(status.value(), write(body));
                records.saveAndFlush(record);
                return ResponseEntity.status(status).body(body);
            });
        } catch (RuntimeException e) {
            transactions.executeWithoutResult(tx -> records.releaseClaim(id));
            throw e;
        }
    }

    private static ApiException reused() {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency key reused",
                "This Idempotency-Key was already used for a different request.");
    }

    private ResponseEntity<?> replay(IdempotencyRecord record) {
        return ResponseEntity.status(record.getResponseStatus()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true")
                .body(record.getResponseBody());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.retriableConflict("A request with this Idempotency-Key is still in progress.")
                    .retryAfter(Duration.ofSeconds(1));
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
