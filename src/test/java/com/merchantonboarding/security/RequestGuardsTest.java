package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.unit.DataSize;

/** The HTTP edge's guards, on requests made by hand. */
class RequestGuardsTest {

    private final RequestLimits limits = new RequestLimits(DataSize.ofKilobytes(1), 30);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aJsonBodyOverTheLimitIsRefusedWithoutReachingTheApplication() throws Exception {
        MockHttpServletRequest request = post("{\"a\":\"" + "x".repeat(2000) + "\"}");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new JsonBodyLimitFilter(limits, json).doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aChunkedBodyIsCountedAsItIsRead() throws Exception {
        MockHttpServletRequest request = post("[" + "1,".repeat(1000) + "1]");
        request.removeHeader("Content-Length");
        request.setContent(request.getContentAsByteArray());
        MockHttpServletResponse response = new MockHttpServletResponse();
        new JsonBodyLimitFilter(new RequestLimits(DataSize.ofBytes(100), 30), json)
                .doFilter(new ChunkedRequest(request), response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void aBodyWithinTheLimitReachesTheApplicationWhole() throws Exception {
        String body = "{\"legalName\":\"厦门示例贸易有限公司\"}";
        AtomicReference<String> seen = new AtomicReference<>();
        new JsonBodyLimitFilter(limits, json).doFilter(post(body), new MockHttpServletResponse(),
                (req, res) -> seen.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(seen.get()).isEqualTo(body);
    }

    @Test
    void nulIsRefusedInJsonAndInFormFields() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new JsonBodyLimitFilter(limits, json).doFilter(post("{\"a\":\"x\\u0000\"}"), response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(400);

        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/portal/applications/1/business");
        form.setContentType("application/x-www-form-urlencoded");
        form.addParameter("legalName", "Tea\0House");
        MockHttpServletResponse formResponse = new MockHttpServletResponse();
        new JsonBodyLimitFilter(limits, json).doFilter(form, formResponse, new MockFilterChain());
        assertThat(formResponse.getStatus()).isEqualTo(400);
    }

    @Test
    void findsOnlyRealNulEscapes() {
        assertThat(JsonText.hasEscapedNul("\"\\u0000\"".getBytes())).isTrue();
        assertThat(JsonText.hasEscapedNul("\"a\\\\\\u0000\"".getBytes())).isTrue();
        assertThat(JsonText.hasEscapedNul("\"a\\\\u0000\"".getBytes())).isFalse();
        assertThat(JsonText.hasEscapedNul("\"\\u00001\"".getBytes())).isTrue();
        assertThat(JsonText.hasEscapedNul("\"\\u0001\"".getBytes())).isFalse();
    }

    @Test
    void aDatabaseOutageAnswers503WithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/applications");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new DatabaseUnavailableFilter(json, limits).doFilter(request, response, (req, res) -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager",
                    new SQLTransientConnectionException("Connection is not available, request timed out"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("database-unavailable");
    }

    @Test
    void theBackOffDoublesUpToItsCeiling() {
        assertThat(LoginThrottle.backOff(1, Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.backOff(4, Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(8));
        assertThat(LoginThrottle.backOff(45, Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(1));
    }

    private static MockHttpServletRequest post(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/applications");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** A request whose length is not declared, as with chunked transfer encoding. */
    private static final class ChunkedRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        ChunkedRequest(MockHttpServletRequest request) {
            super(request);
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }
    }
}
