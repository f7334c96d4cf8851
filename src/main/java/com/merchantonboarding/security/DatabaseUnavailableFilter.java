package com.merchantonboarding.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.DatabaseOutage;
import com.merchantonboarding.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, a request that needs it (authentication reads API keys and sessions from
 * it, so nearly all do) answers 503 with {@code Retry-After}: problem+json for API clients, a short page for
 * browsers. Without this, a failure in an authentication filter reaches the container and answers 500 with its
 * default body.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ObjectMapper json;
    private final int retryAfterSeconds;

    DatabaseUnavailableFilter(ObjectMapper json, RequestLimits limits) {
        this.json = json;
        this.retryAfterSeconds = limits.databaseRetryAfter();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.error("{} {} answered 503: the database cannot be reached ({})", request.getMethod(),
                    request.getRequestURI(), DatabaseOutage.describe(e));
            response.reset();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(("<!doctype html><title>Service unavailable</title>"
                        + "<h1>Service temporarily unavailable</h1><p>Nothing was lost. Please try again in a "
                        + "minute. / 服务暂时不可用，您的数据没有丢失，请稍后再试。</p>").getBytes(StandardCharsets.UTF_8));
                return;
            }
            ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                    "Service unavailable", DatabaseOutage.DETAIL);
            problem.setProperty("retryAfterSeconds", retryAfterSeconds);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
