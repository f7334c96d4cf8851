package com.merchantonboarding.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * An error a caller can act on. Rendered as RFC 9457 problem+json by {@link ApiExceptionHandler}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found.");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "invalid-status", "Not allowed in this status", detail);
    }

    public static ApiException retriableConflict(String detail) {
        ApiException e = new ApiException(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change", detail);
        e.with("retriable", true);
        return e;
    }

    /**
     * Asks the caller to try again after this long: a {@code Retry-After} header and the property
     * {@code retryAfterSeconds} (for a busy server, not for a request that is wrong).
     */
    public ApiException retryAfter(Duration delay) {
        return with("retryAfterSeconds", Math.max(1, delay.toSeconds()));
    }

    /** The seconds of {@link #retryAfter}, if asked. */
    public Optional<Long> retryAfterSeconds() {
        return properties.get("retryAfterSeconds") instanceof Long seconds ? Optional.of(seconds) : Optional.empty();
    }

    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
