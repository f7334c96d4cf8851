package com.merchantonboarding.security;

import com.merchantonboarding.common.Clocks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic credentials of {@code /engine-rest} that Camunda accepted a moment ago, with the user's groups and
 * tenants, for {@link #TIME_TO_LIVE}. An external-task worker calls {@code /engine-rest} several times a second
 * (fetch and lock, complete, extend the lock); without this every call cost four database transactions before its
 * own work: the login delay's user query, the password check, the groups and the tenants (issue 12: the database's
 * transactions per application).
 *
 * <p>Only accepted credentials are kept, keyed by a salted SHA-256 of user and password (the salt is random for the
 * life of the JVM; no password is kept). The application runs one process engine, so the engine is not part of the
 * key. A wrong password is always checked by Camunda, so its login delay and
 * {@code CamundaLoginDelayFilter} apply to every guess. The price: a changed password, a deleted user or a changed
 * membership takes effect on {@code /engine-rest} up to {@link #TIME_TO_LIVE} later for a client already logged in
 * with the old one. A static holder, since Camunda builds its authentication provider by class name.
 */
public final class EngineRestCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 1_000;
    private static final byte[] SALT = new SecureRandom().generateSeed(16);
    private static final ConcurrentHashMap<String, Accepted> ACCEPTED = new ConcurrentHashMap<>();

    /** A user and password from an {@code Authorization: Basic} header. */
    record Basic(String user, String password) {

        static Optional<Basic> of(String authorization) {
            if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? Optional.of(new Basic(decoded.substring(0, colon), decoded.substring(colon + 1)))
                        : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** What Camunda said of an accepted credential, and until when it is believed. */
    record Accepted(String user, List<String> groups, List<String> tenants, Instant until) {
    }

    private EngineRestCredentials() {
    }

    /** The credential's accepted user, groups and tenants if Camunda accepted it less than the time to live ago. */
    static Optional<Accepted> accepted(Basic basic) {
        String key = key(basic);
        Accepted accepted = ACCEPTED.get(key);
        if (accepted == null) {
            return Optional.empty();
        }
        if (!accepted.until().isAfter(Clocks.now())) {
            ACCEPTED.remove(key, accepted);
            return Optional.empty();
        }
        return Optional.of(accepted);
    }

    static Accepted remember(Basic basic, List<String> groups, List<String> tenants) {
        Instant now = Clocks.now();
        if (ACCEPTED.size() >= MAX_ENTRIES) {
            ACCEPTED.values().removeIf(a -> !a.until().isAfter(now));
            if (ACCEPTED.size() >= MAX_ENTRIES) {
                ACCEPTED.clear();
            }
        }
        Accepted accepted = new Accepted(basic.user(), List.copyOf(groups), List.copyOf(tenants),
                now.plus(TIME_TO_LIVE));
        ACCEPTED.put(key(basic), accepted);
        return accepted;
    }

    /** Forgets every accepted credential (a test, or an operator who removed a user and will not wait). */
    public static void forgetAll() {
        ACCEPTED.clear();
    }

    private static String key(Basic basic) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(SALT);
            for (String part : List.of(basic.user(), basic.password())) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update((byte) (bytes.length >>> 24));
                sha.update((byte) (bytes.length >>> 16));
                sha.update((byte) (bytes.length >>> 8));
                sha.update((byte) bytes.length);
                sha.update(bytes);
            }
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
