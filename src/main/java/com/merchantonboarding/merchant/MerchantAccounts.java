package com.merchantonboarding.merchant;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.Locales;
import com.merchantonboarding.common.Problems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up, API keys and the look-up of a key's merchant. */
@Service
public class MerchantAccounts {

    private static final Logger log = LoggerFactory.getLogger(MerchantAccounts.class);
    private static final String KEY_PREFIX = "mo_";
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private final MerchantRepository merchants;
    private final ApiKeyRepository apiKeys;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random = new SecureRandom();

    MerchantAccounts(MerchantRepository merchants, ApiKeyRepository apiKeys, PasswordEncoder passwordEncoder) {
        this.merchants = merchants;
        this.apiKeys = apiKeys;
        this.passwordEncoder = passwordEncoder;
    }

    /** A new merchant and its first API key; a password that breaks {@link PasswordRules} is refused (400). */
    public record SignUp(UUID merchantId, String apiKey) {
    }

    @Transactional
    public SignUp signUp(String email, String password, String displayName, Locale locale) {
        String normalizedEmail = email.trim().toLowerCase(Locale.ROOT);
        PasswordRules.check(password, normalizedEmail, displayName).ifPresent(problem -> {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "password: " + problem.english())
                    .with("errors", List.of(new Problems.FieldError("password", "PasswordRules", problem.english())));
        });
        if (merchants.existsByEmailIgnoreCase(normalizedEmail)) {
            throw new ApiException(HttpStatus.CONFLICT, "email-taken", "Email already registered",
                    "An account with this email already exists. Log in instead.");
        }
        Merchant merchant = merchants.save(new Merchant(normalizedEmail, passwordEncoder.encode(password),
                displayName.trim(), locale, Clocks.now()));
        String key = createKey(merchant.getId(), "default");
        log.info("Merchant {} signed up", merchant.getId());
        return new SignUp(merchant.getId(), key);
    }

    /**
     * The language the merchant is written to (mails) and greeted in after logging in: {@code en} or {@code zh-CN},
     * whatever else is asked for becomes one of the two.
     */
    @Transactional
    public void changeLocale(UUID merchantId, Locale locale) {
        Merchant merchant = merchants.findById(merchantId).orElseThrow(() -> ApiException.notFound("The merchant"));
        Locale chosen = Locales.normalize(locale);
        if (!chosen.equals(Locales.normalize(merchant.getLocale()))) {
            merchant.changeLocale(chosen);
            log.info("Merchant {} now reads {}", merchantId, chosen.toLanguageTag());
        }
    }

    /** Creates a key and returns it in clear; only its hash is kept. */
    @Transactional
    public String createKey(UUID merchantId, String label) {
        StringBuilder key = new StringBuilder(KEY_PREFIX);
        for (int i = 0; i < 40; i++) {
            key.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        String clear = key.toString();
        apiKeys.save(new ApiKey(merchantId, sha256(clear), clear.substring(0, 8), label, Clocks.now()));
        return clear;
    }

    /** A key as its owner sees it: its first characters, never the key. */
    public record KeySummary(UUID id, String prefix, String label, Instant createdAt, boolean active) {
    }

    /** The merchant's keys, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<KeySummary> keys(UUID merchantId) {
        return apiKeys.findByMerchantIdOrderByCreatedAtDesc(merchantId).stream()
                .map(k -> new KeySummary(k.getId(), k.getKeyPrefix(), k.getLabel(), k.getCreatedAt(), k.isActive()))
                .toList();
    }

    /** Revokes one of the merchant's keys at once; another merchant's key is not found. Revoking twice is fine. */
    @Transactional
    public void revokeKey(UUID merchantId, UUID keyId) {
        ApiKey key = apiKeys.findByIdAndMerchantId(keyId, merchantId)
                .orElseThrow(() -> ApiException.notFound("The API key"));
        key.revoke(Clocks.now());
        log.info("Merchant {} revoked API key {}", merchantId, keyId);
    }

    @Transactional(readOnly = true)
    public Optional<MerchantPrincipal> authenticateKey(String presentedKey) {
        if (presentedKey == null || !presentedKey.startsWith(KEY_PREFIX) || presentedKey.length() > 100) {
            return Optional.empty();
        }
        return apiKeys.findByKeyHash(sha256(presentedKey))
                .filter(ApiKey::isActive)
                .flatMap(k -> merchants.findById(k.getMerchantId()))
                .map(m -> new MerchantPrincipal(m.getId(), m.getEmail(), m.getLocale()));
    }

    @Transactional(readOnly = true)
    public Optional<MerchantPrincipal> authenticatePassword(String email, String password) {
        return merchants.findByEmailIgnoreCase(email.trim())
                .filter(m -> passwordEncoder.matches(password, m.getPasswordHash()))
                .map(m -> new MerchantPrincipal(m.getId(), m.getEmail(), m.getLocale()));
    }

    /** The merchant with this email (any case), to write to about their account; never for authentication. */
    @Transactional(readOnly = true)
    public Optional<MerchantPrincipal> byEmail(String email) {
        return email == null ? Optional.empty() : merchants.findByEmailIgnoreCase(email.trim())
                .map(m -> new MerchantPrincipal(m.getId(), m.getEmail(), m.getLocale()));
    }

    /** The merchant with this id (as text, as a throttle's account names it); never for authentication. */
    @Transactional(readOnly = true)
    public Optional<MerchantPrincipal> byId(String merchantId) {
        UUID id;
        try {
            id = merchantId == null ? null : UUID.fromString(merchantId);
        } catch (IllegalArgumentException e) {
            id = null;
        }
        return id == null ? Optional.empty() : merchants.findById(id)
                .map(m -> new MerchantPrincipal(m.getId(), m.getEmail(), m.getLocale()));
    }

    /**
     * The merchant whose key starts with this prefix (the part of a key its owner sees), if exactly one merchant
     * has such a key, revoked or not: who to tell about wrong keys that look like theirs.
     */
    @Transactional(readOnly = true)
    public Optional<MerchantPrincipal> byKeyPrefix(String prefix) {
        if (prefix == null || !prefix.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        List<UUID> owners = apiKeys.findByKeyPrefix(prefix).stream().map(ApiKey::getMerchantId).distinct().toList();
        return owners.size() != 1 ? Optional.empty() : merchants.findById(owners.get(0))
                .map(m -> new MerchantPrincipal(m.getId(), m.getEmail(), m.getLocale()));
    }

    static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
