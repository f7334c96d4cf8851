package com.merchantonboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheTimestampAndTheBodyWithHmacSha256() {
        // Computed independently: printf '1767225600.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertThat(WebhookSignature.header("whsec_test", 1767225600L, "{\"a\":1}"))
                .isEqualTo("t=1767225600,v1=" + WebhookSignature.hmacHex("whsec_test", "1767225600.{\"a\":1}"))
                .isEqualTo("t=1767225600,v1=" + OPENSSL);
    }

    @Test
    void anotherBodyTimestampOrSecretGivesAnotherSignature() {
        String signature = WebhookSignature.header("whsec_test", 1767225600L, "{\"a\":1}");
        assertThat(WebhookSignature.header("whsec_test", 1767225600L, "{\"a\":2}")).isNotEqualTo(signature);
        assertThat(WebhookSignature.header("whsec_test", 1767225601L, "{\"a\":1}")).isNotEqualTo(signature);
        assertThat(WebhookSignature.header("whsec_other", 1767225600L, "{\"a\":1}")).isNotEqualTo(signature);
    }

    @Test
    void secretsAreLongRandomAndDistinct() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").hasSize(6 + 64);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
    }

    @Test
    void aReceiverAcceptsOnlyTheUntouchedRecentRequest() {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        String body = "{\"id\":\"e1\",\"type\":\"application.live\"}";
        String header = WebhookSignature.header("whsec_s", now.getEpochSecond(), body);
        Duration tolerance = Duration.ofMinutes(5);

        assertThat(SignatureVerifier.verify(header, body, "whsec_s", now.plusSeconds(299), tolerance)).isTrue();
        assertThat(SignatureVerifier.verify(header, body + " ", "whsec_s", now, tolerance)).isFalse();
        assertThat(SignatureVerifier.verify(header, body, "whsec_other", now, tolerance)).isFalse();
        assertThat(SignatureVerifier.verify(header, body, "whsec_s", now.plusSeconds(301), tolerance)).isFalse();
        assertThat(SignatureVerifier.verify(header.replace("t=" + now.getEpochSecond(), "t=" + (now.getEpochSecond() + 1)),
                body, "whsec_s", now, tolerance)).isFalse();
        assertThat(SignatureVerifier.verify("v1=abc", body, "whsec_s", now, tolerance)).isFalse();
        assertThat(SignatureVerifier.verify(null, body, "whsec_s", now, tolerance)).isFalse();
    }

    private static final String OPENSSL = "6d204545ff126a339c00513d93603299c984074ce1331c3537c3f6c976b49019";
}
