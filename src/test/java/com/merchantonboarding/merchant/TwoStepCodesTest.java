package com.merchantonboarding.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/** The code check of two-step login: one step of drift either way, and no step accepted twice. */
class TwoStepCodesTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:10Z");

    private static String codeAt(long step) {
        return Totp.code(new Base32().decode(SECRET), step);
    }

    @Test
    void acceptsTheCodeOfThisStepAndOfOneStepEitherSide() {
        long now = Totp.step(NOW);
        assertThat(TwoStepLogins.matchingStep(SECRET, codeAt(now), NOW, null)).contains(now);
        assertThat(TwoStepLogins.matchingStep(SECRET, codeAt(now - 1), NOW, null)).contains(now - 1);
        assertThat(TwoStepLogins.matchingStep(SECRET, codeAt(now + 1), NOW, null)).contains(now + 1);
    }

    @Test
    void refusesCodesTwoStepsOrMoreAway() {
        long now = Totp.step(NOW);
        for (long step : new long[] {now - 3, now - 2, now + 2, now + 3}) {
            String code = codeAt(step);
            // A code of a far step may by chance equal one of the near ones; then it is right, not refused.
            boolean sameAsNear = code.equals(codeAt(now - 1)) || code.equals(codeAt(now)) || code.equals(codeAt(now + 1));
            if (!sameAsNear) {
                assertThat(TwoStepLogins.matchingStep(SECRET, code, NOW, null)).as("step %d", step).isEmpty();
            }
        }
    }

    @Test
    void refusesACodeOfAStepAlreadyUsedOrEarlier() {
        long now = Totp.step(NOW);
        // The code of this step was accepted (last used step = now): it and the previous step's are replays.
        assertThat(TwoStepLogins.matchingStep(SECRET, codeAt(now), NOW, now)).isEmpty();
        assertThat(TwoStepLogins.matchingStep(SECRET, codeAt(now - 1), NOW, now)).isEmpty();
        // The next step's code is fresh.
        assertThat(TwoStepLogins.matchingStep(SECRET, codeAt(now + 1), NOW, now)).contains(now + 1);
    }

    @Test
    void refusesWhatIsNotSixDigitsAndToleratesSpaces() {
        long now = Totp.step(NOW);
        String code = codeAt(now);
        assertThat(TwoStepLogins.matchingStep(SECRET, code.substring(0, 3) + " " + code.substring(3), NOW, null))
                .contains(now);
        assertThat(TwoStepLogins.matchingStep(SECRET, code.substring(1), NOW, null)).isEmpty();
        assertThat(TwoStepLogins.matchingStep(SECRET, "abcdef", NOW, null)).isEmpty();
        assertThat(TwoStepLogins.matchingStep(SECRET, null, NOW, null)).isEmpty();
    }

    @Test
    void theEnrolmentUriCarriesIssuerAccountAndSecret() {
        URI uri = URI.create(TwoStepLogins.uri("owner+shop@tea.example.cn", SECRET));
        assertThat(uri.getScheme()).isEqualTo("otpauth");
        assertThat(uri.getHost()).isEqualTo("totp");
        assertThat(uri.getPath()).isEqualTo("/Merchant Onboarding:owner+shop@tea.example.cn");
        assertThat(uri.getQuery()).contains("secret=" + SECRET, "issuer=Merchant Onboarding", "digits=6",
                "period=30", "algorithm=SHA1");
    }

    @Test
    void recoveryCodesAreReadWithoutCaseSpacesOrHyphens() {
        assertThat(TwoStepLogins.normalizeRecoveryCode(" ABCDE-fghjk ")).isEqualTo("abcdefghjk");
        assertThat(TwoStepLogins.normalizeRecoveryCode("abcde fghjk")).isEqualTo("abcdefghjk");
    }

    @Test
    void theGroupedSecretIsTheSecretInFours() {
        assertThat(new TwoStepLogins.Enrolment(SECRET, "").grouped())
                .isEqualTo("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
    }
}
