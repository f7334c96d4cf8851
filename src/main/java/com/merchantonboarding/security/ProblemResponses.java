package com.merchantonboarding.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401, 403 and 429 answers of the API as problem+json. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> write(json, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
                "Unauthorized", "Send a valid API key as 'Authorization: Bearer <apiKey>'."));
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> write(json, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "These credentials do not allow this call."));
    }

    /**
     * {@code 429} with {@code Retry-After} (whole seconds, rounded up) for a caller that failed too often. The problem
     * says the wait in its detail and as {@code retryAfterSeconds}.
     */
    static void tooManyFailures(ObjectMapper json, HttpServletResponse response, Duration wait, String why)
            throws IOException {
        long seconds = retryAfterSeconds(wait);
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-failures",
                "Too many failed attempts", why + " Try again in " + seconds + " seconds.");
        problem.setProperty("retryAfterSeconds", seconds);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(json, response, problem);
    }

    /** Whole seconds, rounded up, at least one. */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.getStatus() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
