package com.merchantonboarding.merchant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a merchant's password must be (NIST SP 800-63B, 5.1.1.2): long enough, not too long to store, any
 * printable characters and spaces, and not one that guessers try first: a common password (the list in
 * {@code security/common-passwords.txt}), one with only digits or symbols added to a common one, a repetition
 * or a straight sequence, or the merchant's own email or name. No composition rules (no "a digit and a capital")
 * and no expiry. The same rules hold for the portal and the API.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** BCrypt, the hash of stored passwords, reads at most 72 bytes: a longer password would be cut. */
    public static final int MAX_BYTES = 72;

    /** Why a password is refused; {@link #key()} names the message ({@code password.refused.<key>}). */
    public enum Problem {
        TOO_SHORT("tooShort", "must be at least " + MIN_LENGTH + " characters"),
        TOO_LONG("tooLong", "must be at most " + MAX_LENGTH + " characters and " + MAX_BYTES + " bytes in UTF-8"),
        NOT_PRINTABLE("notPrintable", "must not contain control characters (letters, digits, symbols and spaces "
                + "are all fine)"),
        COMMON("common", "is one of the most common passwords, which are tried first; choose another"),
        REPETITIVE("repetitive", "is a repetition or a sequence of characters, which is guessed quickly"),
        PERSONAL("personal", "must not be your email address or business name");

        private final String key;
        private final String english;

        Problem(String key, String english) {
            this.key = key;
            this.english = english;
        }

        public String key() {
            return key;
        }

        /** The reason in English, for the API's problem. */
        public String english() {
            return english;
        }
    }

    private static final Set<String> COMMON = load("/security/common-passwords.txt");
    /** A common password with only these after it is as common ("password1234!"). */
    private static final String SUFFIX = "0123456789!@#$%^&*?.,;:_-+= ";

    private PasswordRules() {
    }

    /** The first rule the password breaks, if any; {@code email} and {@code name} may be null. */
    public static Optional<Problem> check(String password, String email, String name) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (password.codePoints().anyMatch(c -> Character.isISOControl(c) || !Character.isDefined(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
            return Optional.of(Problem.NOT_PRINTABLE);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String base = withoutSuffix(lower);
        if (isRepetitive(lower) || base.length() >= 4 && isRepetitive(base)) {
            return Optional.of(Problem.REPETITIVE);
        }
        if (isCommon(lower)) {
            return Optional.of(Problem.COMMON);
        }
        if (isPersonal(lower, email, name)) {
            return Optional.of(Problem.PERSONAL);
        }
        return Optional.empty();
    }

    /** On the list, or on it once the digits and symbols at its end are taken off ("password1234!"). */
    static boolean isCommon(String lower) {
        String base = withoutSuffix(lower);
        return COMMON.contains(lower) || base.length() >= 4 && COMMON.contains(base);
    }

    private static String withoutSuffix(String lower) {
        int end = lower.length();
        while (end > 0 && SUFFIX.indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        return lower.substring(0, end);
    }

    /** One unit repeated ("abcabcabcabc"), or every character one after the other ("123456789012", "zyxw…"). */
    static boolean isRepetitive(String lower) {
        int n = lower.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && lower.substring(0, unit).repeat(n / unit).equals(lower)) {
                return true;
            }
        }
        return n > 2 && (isSequence(lower, 1) || isSequence(lower, -1));
    }

    private static boolean isSequence(String lower, int direction) {
        for (int i = 1; i < lower.length(); i++) {
            char before = lower.charAt(i - 1);
            char c = lower.charAt(i);
            boolean next = c - before == direction
                    || direction == 1 && before == '9' && c == '0'
                    || direction == -1 && before == '0' && c == '9';
            if (!next) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPersonal(String lower, String email, String name) {
        String compact = lower.replaceAll("[\\s._@-]", "");
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.equals(address) || compact.equals(address.replaceAll("[\\s._@-]", ""))
                    || local.length() >= 4 && lower.startsWith(local) && isCommonSuffix(lower.substring(local.length()))) {
                return true;
            }
        }
        if (name != null && !name.isBlank()) {
            String business = name.strip().toLowerCase(Locale.ROOT);
            String compactName = business.replaceAll("[\\s._@-]", "");
            return compact.equals(compactName) || compactName.length() >= 4 && compact.startsWith(compactName)
                    && isCommonSuffix(compact.substring(compactName.length()));
        }
        return false;
    }

    private static boolean isCommonSuffix(String rest) {
        return rest.chars().allMatch(c -> SUFFIX.indexOf(c) >= 0);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#!comment") && !line.isEmpty()) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
