package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What /engine-rest remembers of an accepted Basic credential: the same user and password within the time to live,
 * nothing for another password or user, nothing once the time is over.
 */
class EngineRestCredentialsTest {

    @AfterEach
    void reset() {
        ClockUtil.reset();
        EngineRestCredentials.forgetAll();
    }

    @Test
    void anAcceptedCredentialIsRememberedWithItsGroupsForItsTimeToLiveOnly() {
        ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2030-05-01T08:00:00Z")));
        EngineRestCredentials.Basic worker = basic("inspectionworker", "Qx7-Fetch:Secret");
        assertThat(EngineRestCredentials.accepted(worker)).isEmpty();

        EngineRestCredentials.remember(worker, List.of("inspection-workers"), List.of());
        assertThat(EngineRestCredentials.accepted(worker)).hasValueSatisfying(accepted -> {
            assertThat(accepted.user()).isEqualTo("inspectionworker");
            assertThat(accepted.groups()).containsExactly("inspection-workers");
        });
        // Another password, or the same password for another user: checked by Camunda again.
        assertThat(EngineRestCredentials.accepted(basic("inspectionworker", "Qx7-Fetch:Secret2"))).isEmpty();
        assertThat(EngineRestCredentials.accepted(basic("admin", "Qx7-Fetch:Secret"))).isEmpty();
        // user "a:b" with password "c" is not user "a" with password "b:c".
        EngineRestCredentials.remember(basic("a", "b:c"), List.of("g"), List.of());
        assertThat(EngineRestCredentials.accepted(new EngineRestCredentials.Basic("a:b", "c"))).isEmpty();

        ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2030-05-01T08:00:29Z")));
        assertThat(EngineRestCredentials.accepted(worker)).isPresent();
        ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2030-05-01T08:00:30Z")));
        assertThat(EngineRestCredentials.accepted(worker)).isEmpty();
    }

    @Test
    void theBasicHeaderIsReadAsCamundaReadsIt() {
        assertThat(EngineRestCredentials.Basic.of(header("lena:pass:word")))
                .hasValue(new EngineRestCredentials.Basic("lena", "pass:word"));
        assertThat(EngineRestCredentials.Basic.of("basic " + Base64.getEncoder()
                .encodeToString("lena:x".getBytes(StandardCharsets.UTF_8)))).isPresent();
        assertThat(EngineRestCredentials.Basic.of(header(":nouser"))).isEmpty();
        assertThat(EngineRestCredentials.Basic.of("Bearer abc")).isEmpty();
        assertThat(EngineRestCredentials.Basic.of("Basic %%%")).isEmpty();
        assertThat(EngineRestCredentials.Basic.of(null)).isEmpty();
    }

    private static EngineRestCredentials.Basic basic(String user, String password) {
        return EngineRestCredentials.Basic.of(header(user + ":" + password)).orElseThrow();
    }

    private static String header(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
