package com.merchantonboarding.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a back-office request through only for a Camunda user in one of the allowed groups: logged into the
 * Camunda webapps (the session of Tasklist or Cockpit, no second login), or, where allowed, sending HTTP Basic
 * credentials that Camunda's identity service accepts.
 *
 * <p>Outside {@code /camunda/*} Camunda does not set its current authentication, so the login is read from the
 * session attribute the webapps' login writes; the groups are the ones Camunda trusts for that session. A
 * modifying call on a session login must carry the webapps' CSRF token ({@code X-XSRF-TOKEN}, the value of
 * Camunda's {@code XSRF-TOKEN} cookie): it is compared with the token Camunda keeps in the session, because that
 * cookie's path is {@code /camunda} and a browser does not send it here; when the cookie is sent anyway it must
 * match too. Not a bean: a bean filter would be registered for every path.
 */
public class CamundaUserFilter extends OncePerRequestFilter {

    /** Where the Camunda webapps keep their login ({@code AuthenticationUtil.CAM_AUTH_SESSION_KEY}). */
    public static final String SESSION_ATTRIBUTE = "authenticatedUser";
    /** Where Camunda's CSRF filter keeps the session's token ({@code CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME}). */
    public static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    public static final String CSRF_HEADER = "X-XSRF-TOKEN";
    public static final String CSRF_COOKIE = "XSRF-TOKEN";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger log = LoggerFactory.getLogger(CamundaUserFilter.class);

    /**
     * Who may pass and what they are told otherwise.
     *
     * @param allowedGroups      a member of any of these passes
     * @param identityService    checks HTTP Basic credentials; null: only the webapp session counts
     * @param unauthorizedDetail the problem detail of a 401 (how to log in)
     * @param forbiddenDetail    the problem detail of a 403 (who may)
     * @param loginPage          where a browser without a login is sent (a GET without credentials); null: a 401
     */
    public record Access(Set<String> allowedGroups, IdentityService identityService, String unauthorizedDetail,
                         String forbiddenDetail, String loginPage) {

        public Access {
            allowedGroups = Set.copyOf(allowedGroups);
        }

        public Access(Set<String> allowedGroups, IdentityService identityService, String unauthorizedDetail,
                      String forbiddenDetail) {
            this(allowedGroups, identityService, unauthorizedDetail, forbiddenDetail, null);
        }
    }

    private final String engineName;
    private final Access access;
    private final ObjectMapper json;

    public CamundaUserFilter(String engineName, Access access, ObjectMapper json) {
        this.engineName = engineName;
        this.access = access;
        this.json = json;
    }

    /**
     * The filter chain for back-office paths that only this filter guards: CSRF for session logins is checked by
     * the filter (HTTP Basic calls are not CSRF-prone), the Camunda session is only read (nothing stored in it, its id
     * never changed), and nothing passes without a user the filter let through.
     */
    public static SecurityFilterChain chain(HttpSecurity http, RequestMatcher paths, String engineName, Access access,
            ObjectMapper json) throws Exception {
        return http.securityMatcher(paths)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new CamundaUserFilter(engineName, access, json), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .build();
    }

    /** What becomes the principal of the request (the user itself; a subclass may map it to its own type). */
    protected Object principal(CamundaUser user) {
        return user;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CamundaUser> user;
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (access.identityService() != null && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(authorization.substring(6).strip());
            if (user.isEmpty()) {
                log.warn("Back-office call {} {} refused: HTTP Basic credentials not accepted", request.getMethod(),
                        request.getRequestURI());
                write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                        "The user name or password is not accepted."));
                return;
            }
        } else {
            user = loggedIn(request.getSession(false));
        }
        if (user.isEmpty() && access.loginPage() != null && authorization == null
                && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + access.loginPage());
            return;
        }
        if (user.isEmpty()) {
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", access.unauthorizedDetail()));
            return;
        }
        if (user.get().groupIds().stream().noneMatch(access.allowedGroups()::contains)) {
            log.warn("Back-office call {} {} refused for user {}: in none of the groups {}", request.getMethod(),
                    request.getRequestURI(), user.get().userId(), access.allowedGroups());
            write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", access.forbiddenDetail()));
            return;
        }
        if (user.get().login() == CamundaUser.Login.WEBAPP_SESSION && !SAFE_METHODS.contains(request.getMethod())
                && !csrfTokenMatches(request)) {
            log.warn("Back-office call {} {} refused for user {}: missing or wrong CSRF token", request.getMethod(),
                    request.getRequestURI(), user.get().userId());
            write(response, Problems.of(HttpStatus.FORBIDDEN, "csrf", "Forbidden",
                    "Send the Camunda webapps' XSRF-TOKEN cookie value as the X-XSRF-TOKEN header."));
            return;
        }
        List<SimpleGrantedAuthority> authorities = user.get().groupIds().stream()
                .map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal(user.get()), null, authorities));
        chain.doFilter(request, response);
    }

    private Optional<CamundaUser> loggedIn(HttpSession session) {
        if (session == null
                || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof Authentications authentications)
                || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)
                || user.getIdentityId() == null) {
            return Optional.empty();
        }
        return Optional.of(new CamundaUser(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds(),
                CamundaUser.Login.WEBAPP_SESSION));
    }

    private Optional<CamundaUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String userId = decoded.substring(0, colon);
        IdentityService identity = access.identityService();
        if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return Optional.of(new CamundaUser(userId, groups, CamundaUser.Login.HTTP_BASIC));
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
        String header = request.getHeader(CSRF_HEADER);
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        if (header == null || header.isBlank() || !(expected instanceof String token) || !same(header, token)) {
            return false;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (CSRF_COOKIE.equals(cookie.getName()) && !same(header, cookie.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean same(String a, String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
