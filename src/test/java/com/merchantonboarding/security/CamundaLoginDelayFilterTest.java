package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CamundaLoginDelayFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final StaticMessageSource messages = new StaticMessageSource();
    // As Spring Boot builds it: with the mix-in that writes a ProblemDetail's properties at the top level.
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final CamundaLoginDelayFilter filter = new CamundaLoginDelayFilter(identity, messages, json);

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        messages.addMessage(CamundaLoginDelayFilter.MESSAGE_KEY, Locale.ENGLISH, "Wait {0} seconds.");
        messages.addMessage(CamundaLoginDelayFilter.MESSAGE_KEY, Locale.SIMPLIFIED_CHINESE, "请在 {0} 秒后重试。");
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void aDelayedUsersWebappLoginAnswers429WithRetryAfterAndAMessageInTheBrowsersLanguage() throws Exception {
        delayed("olivia", 5_500);
        MockHttpServletRequest request = login("username=olivia&password=Right-Password-1");
        request.addHeader("Accept-Language", "zh-CN");
        request.setPreferredLocales(java.util.List.of(Locale.SIMPLIFIED_CHINESE));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("Camunda never sees the login").isNull();
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("6");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("message").asText()).isEqualTo("请在 6 秒后重试。");
        assertThat(problem.get("retryAfterSeconds").asLong()).isEqualTo(6);
    }

    @Test
    void aLoginOfAUserWhoIsNotDelayedReachesCamundaWithTheWholeForm() throws Exception {
        delayed("oscar", -1_000);
        String form = "username=oscar&password=P%C3%A4ss+word%26more";
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(login(form), response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(new String(passed.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(form);
    }

    @Test
    void engineRestWithBasicCredentialsOfADelayedUserAnswers429() throws Exception {
        delayed("liam", 2_000);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "liam:whatever".getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(json.readTree(response.getContentAsString()).get("type").asText()).endsWith("login-delayed");
    }

    @Test
    void otherCallsPassWithoutALookUp() throws Exception {
        MockHttpServletRequest logout = new MockHttpServletRequest("POST",
                "/camunda/api/admin/auth/user/default/logout");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(logout, new MockHttpServletResponse(), chain);
        filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), new MockHttpServletResponse(),
                new MockFilterChain());

        assertThat(chain.getRequest()).isNotNull();
        verifyNoInteractions(identity);
    }

    private void delayed(String userId, long millis) {
        UserEntity user = new UserEntity(userId);
        user.setLockExpirationTime(Date.from(NOW.plusMillis(millis)));
        when(identity.createUserQuery().userId(userId).singleResult()).thenReturn(user);
    }

    private static MockHttpServletRequest login(String form) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", LOGIN);
        request.setContentType("application/x-www-form-urlencoded;charset=UTF-8");
        request.setCharacterEncoding("UTF-8");
        request.setContent(form.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
