package com.merchantonboarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The back office reads the Camunda webapp login from the session; no session, no login, no access. */
class TasklistAuthenticationFilterTest {

    private static final String URI = "/back-office/api/applications/3770c459-a1c3-4c8b-a3f8-d114c7e25eae/dossier";

    private final TasklistAuthenticationFilter filter = new TasklistAuthenticationFilter("default", new ObjectMapper());
    private final AtomicReference<Authentication> passedAs = new AtomicReference<>();

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesARequestWithoutSessionAs401() throws Exception {
        MockHttpServletResponse response = call(null);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":401").contains("Tasklist");
        assertThat(passedAs.get()).isNull();
    }

    @Test
    void refusesASessionWithoutCamundaLoginAs401() throws Exception {
        assertThat(call(new MockHttpSession()).getStatus()).isEqualTo(401);
    }

    @Test
    void refusesALoginToAnotherEngineAs401() throws Exception {
        assertThat(call(loggedIn("olivia", "other-engine", "compliance-officers")).getStatus()).isEqualTo(401);
    }

    @Test
    void refusesAnAnalystAs403() throws Exception {
        MockHttpServletResponse response = call(loggedIn("ana", "default", "business-analysts"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("\"status\":403");
        assertThat(passedAs.get()).isNull();
    }

    @Test
    void letsOfficersLeadsAndAdministratorsThroughWithTheirLogin() throws Exception {
        for (String group : List.of("compliance-officers", "compliance-leads", "camunda-admin")) {
            passedAs.set(null);

            MockHttpServletResponse response = call(loggedIn("someone", "default", group));

            assertThat(response.getStatus()).as(group).isEqualTo(200);
            assertThat(passedAs.get().getPrincipal()).isEqualTo(new BackOfficeUser("someone", List.of(group)));
        }
    }

    /** How an integration test can log in without the Camunda login form. */
    static MockHttpSession loggedIn(String user, String engine, String... groups) {
        UserAuthentication authentication = new UserAuthentication(user, engine);
        authentication.setGroupIds(List.of(groups));
        Authentications authentications = new Authentications();
        authentications.addOrReplace(authentication);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(TasklistAuthenticationFilter.SESSION_ATTRIBUTE, authentications);
        return session;
    }

    private MockHttpServletResponse call(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", URI);
        if (session != null) {
            request.setSession(session);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) ->
                passedAs.set(SecurityContextHolder.getContext().getAuthentication()));
        return response;
    }
}
