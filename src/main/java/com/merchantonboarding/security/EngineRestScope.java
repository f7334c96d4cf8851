package com.merchantonboarding.security;

import com.merchantonboarding.process.ProcessConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the inspection workers' user to what a worker does on /engine-rest (docs/security.md): fetch and lock, and
 * complete, fail, extend the lock of or unlock an external task. Anything else it asks answers 403, before Camunda
 * looks at it: its engine rights (UPDATE_INSTANCE on the process, which fetching needs) would otherwise let it
 * change process variables or correlate messages through other resources. Runs after Camunda's authentication
 * filter, whose current authentication it reads; other users pass untouched.
 */
class EngineRestScope extends OncePerRequestFilter {

    static final Pattern WORKER_CALLS = Pattern.compile(
            "/engine-rest/external-task/(fetchAndLock|[^/]+/(complete|failure|extendLock|unlock))");
    private static final Logger log = LoggerFactory.getLogger(EngineRestScope.class);

    private final IdentityService identity;

    EngineRestScope(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null && current.getGroupIds() != null
                && current.getGroupIds().contains(ProcessConstants.GROUP_INSPECTION_WORKERS)
                && !allowed(request)) {
            log.warn("Refused on /engine-rest: user {} (an inspection worker) asked {} {}", current.getUserId(),
                    request.getMethod(), request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getOutputStream().write(("{\"type\":\"AuthorizationException\",\"message\":\"An inspection "
                    + "worker may only fetch, lock, complete and fail external tasks.\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && WORKER_CALLS.matcher(path).matches();
    }
}
