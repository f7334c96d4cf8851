package com.merchantonboarding.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * The application a piece of work is about, in the logging context (MDC) of every line logged while it runs: the
 * job of a delegate (process/ProcessLogContext) or a merchant's API call (application/ApiLogContext). Structured logs
 * carry the keys as fields (docs/operations.md); the process instance id comes from Camunda's own logging context.
 * Ids and the reference only: nothing a merchant declared.
 */
public final class LogContext {

    public static final String APPLICATION_ID = "applicationId";
    public static final String REFERENCE = "applicationReference";
    public static final String REVISION = "revision";

    private LogContext() {
    }

    /** Puts the keys (a null value removes its key) until the scope is closed, which restores what was there. */
    public static Scope open(UUID applicationId, String reference, Integer revision) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(APPLICATION_ID, applicationId == null ? null : applicationId.toString());
        values.put(REFERENCE, reference);
        values.put(REVISION, revision == null ? null : revision.toString());
        Map<String, String> previous = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            previous.put(key, MDC.get(key));
            put(key, value);
        });
        return new Scope(previous);
    }

    /** A scope that changes nothing: work that is not about one application keeps the context it runs in. */
    public static Scope unchanged() {
        return new Scope(Map.of());
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /** Restores the keys as they were when it was opened (nested work gets its outer context back). */
    public static final class Scope implements AutoCloseable {

        private final Map<String, String> previous;

        private Scope(Map<String, String> previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            previous.forEach(LogContext::put);
        }
    }
}
