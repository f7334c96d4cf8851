package com.merchantonboarding.process;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** A worker-only node must be told where the application's /engine-rest is; it says so at start. */
class InspectionWorkerTest {

    private static InspectionWorkerProperties properties(String engineRestUrl) {
        return new InspectionWorkerProperties(true, engineRestUrl, "inspectionworker", "A-worker-Secret-7",
                Duration.ofMinutes(2), Duration.ofSeconds(20), 0, List.of(Duration.ofMinutes(1)),
                Duration.ofSeconds(15), Duration.ofSeconds(45));
    }

    private static StaticApplicationContext context(String... profiles) {
        StaticApplicationContext context = new StaticApplicationContext();
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        context.setEnvironment(environment);
        return context;
    }

    @Test
    void aWorkerOnlyNodeWithoutEngineRestUrlRefusesToStart() {
        assertThatThrownBy(() -> new InspectionWorker(mock(InspectDocumentsWorker.class), properties(""),
                context("worker", "postgres"))).hasMessageContaining("ENGINE_REST_URL");
        assertThatCode(() -> new InspectionWorker(mock(InspectDocumentsWorker.class),
                properties("http://app:8080/engine-rest"), context("worker", "postgres"))).doesNotThrowAnyException();
        assertThatCode(() -> new InspectionWorker(mock(InspectDocumentsWorker.class), properties(""),
                context("postgres"))).doesNotThrowAnyException();
    }
}
