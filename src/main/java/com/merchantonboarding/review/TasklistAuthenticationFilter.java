package com.merchantonboarding.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Problems;
import com.merchantonboarding.process.ProcessConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a back-office request through only for a user logged into the Camunda webapps (the Tasklist
 * session, no second login) who is an officer, a lead or an administrator.
 *
 * <p>Outside {@code /camunda/*} Camunda does not set its current authentication, so the login is read
 * from the session attribute that the webapps' login writes. The groups are the ones Camunda itself
 * trusts for that session; its own filter refreshes them on the Tasklist's next call after the
 * authentication cache expires. Not a bean: a bean filter would be registered for every path.
 */
class TasklistAuthenticationFilter extends OncePerRequestFilter {

    /** Where the Camunda webapps keep their login ({@code AuthenticationUtil.CAM_AUTH_SESSION_KEY}). */
    static final String SESSION_ATTRIBUTE = "authenticatedUser";
    static final Set<String> ALLOWED_GROUPS = Set.of(ProcessConstants.GROUP_OFFICERS, ProcessConstants.GROUP_LEADS,
            ProcessConstants.GROUP_ADMINS);

    private static final Logger log = LoggerFactory.getLogger(TasklistAuthenticationFilter.class);

    private final String engineName;
    private final ObjectMapper json;

    TasklistAuthenticationFilter(String engineName, ObjectMapper json) {
        this.engineName = engineName;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<BackOfficeUser> user = loggedIn(request.getSession(false));
        if (user.isEmpty()) {
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "Log in to Camunda Tasklist first; the back office uses the same login."));
            return;
        }
        if (user.get().groupIds().stream().noneMatch(ALLOWED_GROUPS::contains)) {
            log.warn("Back-office call {} {} refused for user {}: not an officer, lead or administrator",
                    request.getMethod(), request.getRequestURI(), user.get().userId());
            write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Only compliance officers, compliance leads and administrators may read application dossiers."));
            return;
        }
        List<SimpleGrantedAuthority> authorities = user.get().groupIds().stream()
                .map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.get(), null, authorities));
        chain.doFilter(request, response);
    }

    private Optional<BackOfficeUser> loggedIn(HttpSession session) {
        if (session == null
                || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof Authentications authentications)
                || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)
                || user.getIdentityId() == null) {
            return Optional.empty();
        }
        return Optional.of(new BackOfficeUser(user.getIdentityId(),
                user.getGroupIds() == null ? List.of() : user.getGroupIds()));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
