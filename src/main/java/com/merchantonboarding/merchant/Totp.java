package com.merchantonboarding.merchant;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over HOTP, RFC 4226): the code of a time step is the HMAC of the step
 * number under the shared secret, truncated dynamically to a number of decimal digits. Written over
 * {@link Mac} rather than taken from a library: the one on Maven Central ({@code dev.samstevens.totp}) was last
 * released in 2020 and brings older ZXing and commons-codec versions than ours; these twenty lines are checked
 * against the RFC's own test vectors ({@code TotpTest}).
 */
public final class Totp {

    /** The parameters authenticator apps assume when the {@code otpauth://} URI names none. */
    public static final String ALGORITHM = "HmacSHA1";
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The time step an instant falls in (T in RFC 6238: Unix time divided by the step, T0 = 0). */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a time step with the usual parameters (SHA-1, six digits). */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, ALGORITHM);
    }

    /** The code of a time step: {@code algorithm} is a {@link Mac} name (HmacSHA1, HmacSHA256, HmacSHA512). */
    public static String code(byte[] secret, long step, int digits, String algorithm) {
        if (digits < 1 || digits >= POWERS.length) {
            throw new IllegalArgumentException("digits must be 1 to 8");
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, "RAW"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** Compares in constant time, so the time a wrong code takes tells nothing about the right one. */
    static boolean same(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                presented.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
