package com.merchantonboarding.security;

import java.util.Arrays;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Request matchers of the security chains: Spring's path patterns on the path within the application, whichever
 * servlet serves it (Spring MVC, or the Jersey servlets of /engine-rest and the Camunda webapps), so not MVC patterns.
 */
public final class RequestPaths {

    private static final PathPatternRequestMatcher.Builder PATTERNS = PathPatternRequestMatcher.withDefaults();

    private RequestPaths() {
    }

    public static RequestMatcher path(String pattern) {
        return PATTERNS.matcher(pattern);
    }

    public static RequestMatcher path(HttpMethod method, String pattern) {
        return PATTERNS.matcher(method, pattern);
    }

    /** Any of the patterns. */
    public static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns).map(RequestPaths::path).toArray(RequestMatcher[]::new));
    }
}
