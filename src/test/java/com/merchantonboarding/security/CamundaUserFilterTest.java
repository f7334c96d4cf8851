package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Back-office access for Camunda users: webapp session or HTTP Basic, allowed groups, CSRF on session writes. */
class CamundaUserFilterTest {

    private static final String URI = "/back-office/api/rules/reload";
    private static final String TOKEN = "5C1B2E7F0A9D4C3B8E6F1A2D3C4B5A69";

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final AtomicReference<Authentication> passedAs = new AtomicReference<>();
    private CamundaUserFilter filter;

    @BeforeEach
    void setUp() {
        filter = new CamundaUserFilter("default", new CamundaUserFilter.Access(Set.of("business-analysts", "camunda-admin"),
                identity, "Log in to Cockpit.", "Analysts only."), new ObjectMapper());
    }

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesAnonymousCallsAs401() throws Exception {
        MockHttpServletResponse response = call(new MockHttpServletRequest("GET", URI));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("Log in to Cockpit.");
        assertThat(passedAs.get()).isNull();
    }

    @Test
    void letsAnAnalystReadWithTheWebappSession() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", URI);
        request.setSession(loggedIn("ana", "business-analysts"));

        assertThat(call(request).getStatus()).isEqualTo(200);
        assertThat(passedAs.get().getPrincipal()).isEqualTo(new CamundaUser("ana", List.of("business-analysts"),
                CamundaUser.Login.WEBAPP_SESSION));
        assertThat(passedAs.get().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("GROUP_business-analysts");
    }

    @Test
    void refusesAnOfficerAs403() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", URI);
        request.setSession(loggedIn("olivia", "compliance-officers"));

        MockHttpServletResponse response = call(request);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("Analysts only.");
        assertThat(passedAs.get()).isNull();
    }

    @Test
    void sessionWritesNeedTheCamundaCsrfToken() throws Exception {
        assertThat(call(post(null, null)).getStatus()).isEqualTo(403);
        assertThat(call(post("wrong", null)).getStatus()).isEqualTo(403);
        assertThat(call(post(TOKEN, "another-cookie")).getStatus()).isEqualTo(403);
        MockHttpServletResponse refused = call(post("", null));
        assertThat(refused.getContentAsString()).contains("X-XSRF-TOKEN").contains("\"type\":\"urn:merchant-onboarding:problem:csrf\"");
        assertThat(passedAs.get()).isNull();

        assertThat(call(post(TOKEN, null)).getStatus()).isEqualTo(200);
        assertThat(call(post(TOKEN, TOKEN)).getStatus()).isEqualTo(200);
    }

    @Test
    void acceptsHttpBasicOfACamundaUserWithoutCsrfToken() throws Exception {
        when(identity.checkPassword("ana", "Secret-1")).thenReturn(true);
        Group analysts = mock(Group.class);
        when(analysts.getId()).thenReturn("business-analysts");
        when(identity.createGroupQuery().groupMember("ana").list()).thenReturn(List.of(analysts));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", URI);
        request.addHeader("Authorization", basic("ana", "Secret-1"));

        assertThat(call(request).getStatus()).isEqualTo(200);
        assertThat(passedAs.get().getPrincipal()).isEqualTo(new CamundaUser("ana", List.of("business-analysts"),
                CamundaUser.Login.HTTP_BASIC));
    }

    @Test
    void refusesWrongHttpBasicCredentialsAs401EvenWithASession() throws Exception {
        when(identity.checkPassword("ana", "wrong")).thenReturn(false);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", URI);
        request.addHeader("Authorization", basic("ana", "wrong"));
        request.setSession(loggedIn("ana", "business-analysts"));

        MockHttpServletResponse response = call(request);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(passedAs.get()).isNull();
        MockHttpServletRequest garbage = new MockHttpServletRequest("GET", URI);
        garbage.addHeader("Authorization", "Basic !!!");
        assertThat(call(garbage).getStatus()).isEqualTo(401);
    }

    @Test
    void withoutAnIdentityServiceHttpBasicIsIgnored() throws Exception {
        CamundaUserFilter sessionOnly = new CamundaUserFilter("default", new CamundaUserFilter.Access(
                Set.of("business-analysts"), null, "Log in.", "No."), new ObjectMapper());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", URI);
        request.addHeader("Authorization", basic("ana", "Secret-1"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        sessionOnly.doFilter(request, response, (req, res) -> passedAs.set(SecurityContextHolder.getContext().getAuthentication()));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(passedAs.get()).isNull();
    }

    private MockHttpServletRequest post(String header, String cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", URI);
        MockHttpSession session = loggedIn("ana", "business-analysts");
        session.setAttribute(CamundaUserFilter.CSRF_SESSION_ATTRIBUTE, TOKEN);
        request.setSession(session);
        if (header != null) {
            request.addHeader(CamundaUserFilter.CSRF_HEADER, header);
        }
        if (cookie != null) {
            request.setCookies(new Cookie(CamundaUserFilter.CSRF_COOKIE, cookie));
        }
        return request;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static MockHttpSession loggedIn(String user, String... groups) {
        UserAuthentication authentication = new UserAuthentication(user, "default");
        authentication.setGroupIds(List.of(groups));
        Authentications authentications = new Authentications();
        authentications.addOrReplace(authentication);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(CamundaUserFilter.SESSION_ATTRIBUTE, authentications);
        return session;
    }

    private MockHttpServletResponse call(MockHttpServletRequest request) throws Exception {
        passedAs.set(null);
        SecurityContextHolder.clearContext();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> passedAs.set(SecurityContextHolder.getContext().getAuthentication()));
        return response;
    }
}
