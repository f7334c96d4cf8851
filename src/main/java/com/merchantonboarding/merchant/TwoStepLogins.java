package com.merchantonboarding.merchant;

import com.merchantonboarding.common.Clocks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step login of merchants: enrolment (a TOTP secret offered, switched on by a code of it, ten recovery codes
 * shown once), the code check of a login (TOTP with one time step of drift either way, each step's code accepted
 * once; or a recovery code, used up), switching off and new recovery codes (each after a fresh code). Secrets and
 * codes are never logged. Throttling of wrong codes is the caller's (the portal's, with the login throttle).
 */
@Service
public class TwoStepLogins {

    public static final String ISSUER = "Merchant Onboarding";
    public static final int RECOVERY_CODES = 10;
    /** Time steps accepted either side of the server's: a phone's clock a little off still works. */
    static final int DRIFT_STEPS = 1;

    private static final Logger log = LoggerFactory.getLogger(TwoStepLogins.class);
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final int SECRET_BYTES = 20;

    private final TwoStepLoginRepository logins;
    private final RecoveryCodeRepository recoveryCodes;
    private final MerchantRepository merchants;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random = new SecureRandom();

    TwoStepLogins(TwoStepLoginRepository logins, RecoveryCodeRepository recoveryCodes, MerchantRepository merchants,
                  PasswordEncoder passwordEncoder) {
        this.logins = logins;
        this.recoveryCodes = recoveryCodes;
        this.merchants = merchants;
        this.passwordEncoder = passwordEncoder;
    }

    /** Whether two-step login is on, since when, and how many recovery codes are left. */
    public record Status(boolean enabled, Instant enabledAt, long recoveryCodesLeft) {
    }

    /** The secret to enter in an authenticator app: as base32 text and as an {@code otpauth://} URI for a QR code. */
    public record Enrolment(String secret, String uri) {

        /** The secret in groups of four, easier to type. */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** How a presented code was accepted, if it was. */
    public enum Check { CODE, RECOVERY_CODE, WRONG }

    @Transactional(readOnly = true)
    public boolean enabled(UUID merchantId) {
        return logins.findById(merchantId).map(TwoStepLogin::isEnabled).orElse(false);
    }

    @Transactional(readOnly = true)
    public Status status(UUID merchantId) {
        Optional<TwoStepLogin> login = logins.findById(merchantId).filter(TwoStepLogin::isEnabled);
        return login.map(l -> new Status(true, l.getEnabledAt(), recoveryCodes.countByMerchantIdAndUsedAtIsNull(merchantId)))
                .orElse(new Status(false, null, 0));
    }

    /**
     * The secret of the merchant's enrolment: the one offered within the last hour (so a reload shows the code
     * already scanned), otherwise a new one. Empty when two-step login is already on.
     */
    @Transactional
    public Optional<Enrolment> enrolment(UUID merchantId) {
        Merchant merchant = merchants.findById(merchantId).orElseThrow();
        TwoStepLogin login = logins.findById(merchantId).orElseGet(() -> logins.save(new TwoStepLogin(merchantId)));
        if (login.isEnabled()) {
            return Optional.empty();
        }
        Instant now = Clocks.now();
        String secret = login.pendingSecret(now);
        if (secret == null) {
            byte[] bytes = new byte[SECRET_BYTES];
            random.nextBytes(bytes);
            secret = new Base32().encodeAsString(bytes).replace("=", "");
            login.offer(secret, now);
        }
        return Optional.of(new Enrolment(secret, uri(merchant.getEmail(), secret)));
    }

    /**
     * Switches two-step login on when the code belongs to the offered secret; returns the recovery codes, in clear
     * this once. Empty for a wrong code or when no enrolment is pending.
     */
    @Transactional
    public Optional<List<String>> confirm(UUID merchantId, String code) {
        Optional<TwoStepLogin> found = logins.findById(merchantId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TwoStepLogin login = found.get();
        Instant now = Clocks.now();
        String pending = login.pendingSecret(now);
        if (pending == null) {
            return Optional.empty();
        }
        Optional<Long> step = matchingStep(pending, code, now, null);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        login.confirm(step.get(), now);
        List<String> codes = newRecoveryCodes(merchantId, now);
        log.info("Merchant {} turned two-step login on", merchantId);
        return Optional.of(codes);
    }

    /**
     * Checks a code at login (or before a change of the two-step settings): a TOTP code of the current time step or
     * one either side that is later than the last accepted one, or an unused recovery code, which is used up.
     */
    @Transactional
    public Check check(UUID merchantId, String presented) {
        Optional<TwoStepLogin> found = logins.findById(merchantId).filter(TwoStepLogin::isEnabled);
        if (found.isEmpty() || presented == null) {
            return Check.WRONG;
        }
        String input = presented.strip();
        Instant now = Clocks.now();
        String digits = input.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{" + Totp.DIGITS + "}")) {
            TwoStepLogin login = found.get();
            Optional<Long> step = matchingStep(login.getSecret(), digits, now, login.getLastUsedStep());
            if (step.isPresent() && logins.useStep(merchantId, step.get()) == 1) {
                return Check.CODE;
            }
            return Check.WRONG;
        }
        String recovery = normalizeRecoveryCode(input);
        if (recovery.length() != 10) {
            return Check.WRONG;
        }
        for (RecoveryCode code : recoveryCodes.findByMerchantIdAndUsedAtIsNull(merchantId)) {
            if (passwordEncoder.matches(recovery, code.getCodeHash())) {
                if (recoveryCodes.use(code.getId(), now) == 1) {
                    log.info("Merchant {} used a recovery code ({} left)", merchantId,
                            recoveryCodes.countByMerchantIdAndUsedAtIsNull(merchantId));
                    return Check.RECOVERY_CODE;
                }
                return Check.WRONG;
            }
        }
        return Check.WRONG;
    }

    /** Switches two-step login off after a fresh code (or a recovery code); false for a wrong code. */
    @Transactional
    public boolean disable(UUID merchantId, String code) {
        if (check(merchantId, code) == Check.WRONG) {
            return false;
        }
        logins.deleteById(merchantId);
        recoveryCodes.deleteAllOf(merchantId);
        log.info("Merchant {} turned two-step login off", merchantId);
        return true;
    }

    /** Ten new recovery codes in place of the old ones, after a fresh code; empty for a wrong code. */
    @Transactional
    public Optional<List<String>> renewRecoveryCodes(UUID merchantId, String code) {
        if (check(merchantId, code) == Check.WRONG) {
            return Optional.empty();
        }
        recoveryCodes.deleteAllOf(merchantId);
        List<String> codes = newRecoveryCodes(merchantId, Clocks.now());
        log.info("Merchant {} has new recovery codes", merchantId);
        return Optional.of(codes);
    }

    /** The step within the drift whose code this is and which is later than {@code after}, if any. */
    static Optional<Long> matchingStep(String base32Secret, String code, Instant now, Long after) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{" + Totp.DIGITS + "}")) {
            return Optional.empty();
        }
        byte[] secret = new Base32().decode(base32Secret);
        long current = Totp.step(now);
        Optional<Long> match = Optional.empty();
        // Every candidate is computed, so the time taken does not tell which step matched.
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (Totp.same(Totp.code(secret, step), digits) && (after == null || step > after) && match.isEmpty()) {
                match = Optional.of(step);
            }
        }
        return match;
    }

    private List<String> newRecoveryCodes(UUID merchantId, Instant now) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
            }
            recoveryCodes.save(new RecoveryCode(merchantId, passwordEncoder.encode(code.toString()), now));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    static String normalizeRecoveryCode(String input) {
        return input.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static String uri(String email, String secret) {
        String label = encode(ISSUER) + ":" + encode(email);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
