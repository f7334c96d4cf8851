package com.merchantonboarding.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import com.merchantonboarding.support.Http;
import java.util.Map;

/** Two-step login against PostgreSQL: hashed recovery codes used once, codes not accepted twice, even at once. */
class TwoStepLoginsIT extends IntegrationTest {

    @Autowired
    private MerchantAccounts accounts;
    @Autowired
    private TwoStepLogins twoStep;
    @Autowired
    private JdbcTemplate jdbc;

    private UUID merchant() {
        return accounts.signUp("two-step-" + UUID.randomUUID() + "@example.cn", "a-long-password-123", "Tea",
                Locale.ENGLISH).merchantId();
    }

    private static String code(String secret, int offset) {
        return Totp.code(new Base32().decode(secret), Totp.step(Instant.now()) + offset);
    }

    @Test
    void isOnOnlyAfterACodeOfTheOfferedSecretAndKeepsTheRecoveryCodesOnlyHashed() {
        UUID merchant = merchant();
        String secret = twoStep.enrolment(merchant).orElseThrow().secret();
        assertThat(twoStep.enrolment(merchant).orElseThrow().secret()).as("a reload shows the same secret")
                .isEqualTo(secret);
        assertThat(twoStep.confirm(merchant, "12345")).isEmpty();
        assertThat(twoStep.enabled(merchant)).isFalse();

        List<String> codes = twoStep.confirm(merchant, code(secret, 0)).orElseThrow();
        assertThat(twoStep.enabled(merchant)).isTrue();
        assertThat(twoStep.enrolment(merchant)).isEmpty();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        List<String> stored = jdbc.queryForList("select code_hash from merchant_recovery_code where merchant_id = ?",
                String.class, merchant);
        assertThat(stored).hasSize(10).allMatch(hash -> hash.startsWith("{bcrypt}"));
        for (String code : codes) {
            String clear = TwoStepLogins.normalizeRecoveryCode(code);
            assertThat(stored).noneMatch(hash -> hash.contains(clear) || hash.contains(code));
        }
        assertThat(twoStep.status(merchant).recoveryCodesLeft()).isEqualTo(10);
    }

    @Test
    void aRecoveryCodeWorksOnceAndNewCodesReplaceTheOldOnes() {
        UUID merchant = merchant();
        String secret = twoStep.enrolment(merchant).orElseThrow().secret();
        List<String> codes = twoStep.confirm(merchant, code(secret, 0)).orElseThrow();

        assertThat(twoStep.check(merchant, codes.get(3))).isEqualTo(TwoStepLogins.Check.RECOVERY_CODE);
        assertThat(twoStep.check(merchant, codes.get(3))).isEqualTo(TwoStepLogins.Check.WRONG);
        assertThat(twoStep.check(merchant, "zzzzz-zzzzz")).isEqualTo(TwoStepLogins.Check.WRONG);
        assertThat(twoStep.status(merchant).recoveryCodesLeft()).isEqualTo(9);

        // New codes need a fresh code: a used recovery code does not do, an unused one does.
        assertThat(twoStep.renewRecoveryCodes(merchant, codes.get(3))).isEmpty();
        List<String> renewed = twoStep.renewRecoveryCodes(merchant, codes.get(4)).orElseThrow();
        assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(codes);
        assertThat(twoStep.check(merchant, codes.get(5))).isEqualTo(TwoStepLogins.Check.WRONG);
        assertThat(twoStep.status(merchant).recoveryCodesLeft()).isEqualTo(10);

        // Switching off needs a fresh code too, and takes the recovery codes with it.
        assertThat(twoStep.disable(merchant, "000000".equals(code(secret, 1)) ? "111111" : "000000")).isFalse();
        assertThat(twoStep.disable(merchant, renewed.get(0))).isTrue();
        assertThat(twoStep.enabled(merchant)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from merchant_recovery_code where merchant_id = ?",
                Integer.class, merchant)).isZero();
        assertThat(twoStep.check(merchant, renewed.get(1))).isEqualTo(TwoStepLogins.Check.WRONG);
    }

    @Test
    void aCodeIsAcceptedOnceEvenWhenSentManyTimesAtOnce() throws Exception {
        UUID merchant = merchant();
        String secret = twoStep.enrolment(merchant).orElseThrow().secret();
        twoStep.confirm(merchant, code(secret, 0)).orElseThrow();
        // The confirmation used this step's code: it is not accepted again.
        assertThat(twoStep.check(merchant, code(secret, 0))).isEqualTo(TwoStepLogins.Check.WRONG);

        String next = code(secret, 1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<TwoStepLogins.Check>> tries = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                tries.add(() -> twoStep.check(merchant, next));
            }
            List<TwoStepLogins.Check> results = new ArrayList<>();
            for (Future<TwoStepLogins.Check> result : pool.invokeAll(tries)) {
                results.add(result.get());
            }
            assertThat(results).containsOnlyOnce(TwoStepLogins.Check.CODE);
            assertThat(results).filteredOn(r -> r == TwoStepLogins.Check.WRONG).hasSize(5);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theApiRefusesTheSamePasswordsAsThePortalWithTheReason() {
        Http.Response common = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email",
                "api-" + UUID.randomUUID() + "@example.cn", "password", "Password1234!", "displayName", "Shop"));
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.contentType()).startsWith("application/problem+json");
        assertThat(common.json().at("/errors/0/field").asText()).isEqualTo("password");
        assertThat(common.json().at("/errors/0/message").asText()).contains("most common passwords");

        Http.Response tooLong = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email",
                "api-" + UUID.randomUUID() + "@example.cn", "password", "x1y2z3-".repeat(10), "displayName", "Shop"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/message").asText()).contains("at most 64 characters");

        Http.Response spaces = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email",
                "api-" + UUID.randomUUID() + "@example.cn", "password", "green tea at four o'clock", "displayName",
                "Shop"));
        assertThat(spaces.status()).isEqualTo(201);
    }
}
