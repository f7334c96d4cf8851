package com.merchantonboarding.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * Runs a request at most once per {@code Idempotency-Key}: a repeat gets the first response, a repeat
 * with another request is refused (422). The action and the record share one transaction.
 */
@Component
class Idempotency {

    private final IdempotencyRecordRepository records;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    Idempotency(IdempotencyRecordRepository records, TransactionTemplate transactions, ObjectMapper json) {
        this.records = records;
        this.transactions = transactions;
        this.json = json;
    }

    ResponseEntity<?> run(UUID merchantId, String key, String request, HttpStatus status, Supplier<Object> action) {
        if (key == null || key.isBlank()) {
            return ResponseEntity.status(status).body(transactions.execute(tx -> action.get()));
        }
        if (key.length() > 200) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "The Idempotency-Key header must be at most 200 characters.");
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(merchantId, key);
        String hash = sha256(request);
        try {
            return transactions.execute(tx -> {
                Optional<IdempotencyRecord> earlier = records.findById(id);
                if (earlier.isPresent()) {
                    return replay(earlier.get(), hash);
                }
                Object body = action.get();
                records.saveAndFlush(new IdempotencyRecord(id, hash, status.value(), write(body), Clocks.now()));
                return ResponseEntity.status(status).body(body);
            });
        } catch (DataIntegrityViolationException e) {
            // A concurrent request with the same key won; answer as it did.
            return transactions.execute(tx -> records.findById(id).map(r -> replay(r, hash))
                    .orElseThrow(() -> ApiException.retriableConflict("A request with this Idempotency-Key is in progress.")));
        }
    }

    private ResponseEntity<?> replay(IdempotencyRecord record, String hash) {
        if (!record.getRequestHash().equals(hash)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a different request.");
        }
        return ResponseEntity.status(record.getResponseStatus()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true")
                .body(record.getResponseBody());
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
