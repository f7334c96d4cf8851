package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.process.ProcessConstants;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The inspection workers' user gets the external-task calls of /engine-rest and nothing else; others pass. */
class EngineRestScopeTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("engine-rest-scope-test");
        configuration.setJdbcUrl("jdbc:h2:mem:engine-rest-scope-test;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @AfterEach
    void clear() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aWorkerMayOnlyFetchLockCompleteAndFailExternalTasks() throws Exception {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication("inspectionworker", List.of(ProcessConstants.GROUP_INSPECTION_WORKERS));

        assertThat(status("POST", "/engine-rest/external-task/fetchAndLock")).isEqualTo(200);
        for (String action : List.of("complete", "failure", "extendLock", "unlock")) {
            assertThat(status("POST", "/engine-rest/external-task/4f1c/" + action)).isEqualTo(200);
        }
        assertThat(status("POST", "/engine-rest/task/4f1c/complete")).isEqualTo(403);
        assertThat(status("POST", "/engine-rest/task/4f1c/submit-form")).isEqualTo(403);
        assertThat(status("POST", "/engine-rest/message")).isEqualTo(403);
        assertThat(status("PUT", "/engine-rest/process-instance/4f1c/variables/riskLevel")).isEqualTo(403);
        assertThat(status("GET", "/engine-rest/external-task")).isEqualTo(403);
        assertThat(status("POST", "/engine-rest/external-task/4f1c/bpmnError")).isEqualTo(403);
        assertThat(status("POST", "/engine-rest/external-task/fetchAndLock/../../task/1/complete")).isEqualTo(403);
    }

    @Test
    void otherUsersPassUntouched() throws Exception {
        engine.getIdentityService().setAuthentication("olivia", List.of(ProcessConstants.GROUP_OFFICERS));
        assertThat(status("POST", "/engine-rest/task/4f1c/complete")).isEqualTo(200);
        engine.getIdentityService().clearAuthentication();
        assertThat(status("GET", "/engine-rest/version")).isEqualTo(200);
    }

    private static int status(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new EngineRestScope(engine.getIdentityService()).doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
