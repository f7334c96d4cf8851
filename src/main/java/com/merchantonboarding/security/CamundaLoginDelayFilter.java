package com.merchantonboarding.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's own login delay, answered clearly. After a wrong password Camunda locks the user for a while (3 s,
 * doubling with each further failure, at most a minute: {@code review/EngineControls}) and refuses even the right
 * password meanwhile, with the same {@code 401} as a wrong one. This filter answers a login of a delayed user with
 * {@code 429}, {@code Retry-After} and a problem whose {@code message} Tasklist, Cockpit and Admin show on their
 * login page, in English or Chinese by the browser's language; it covers the webapps' login
 * ({@code POST /camunda/api/admin/auth/user/<engine>/login/<app>}) and HTTP Basic on {@code /engine-rest}. The user's
 * lock is read from Camunda's identity service (its {@code ACT_ID_USER} row), which every node shares.
 */
class CamundaLoginDelayFilter extends OncePerRequestFilter {

    static final String MESSAGE_KEY = "security.login-delayed";
    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
    /** A login form is a user name and a password; a body beyond this is not one, and passes to Camunda as it is. */
    private static final int MAX_FORM = 16 * 1024;
    private static final Logger log = LoggerFactory.getLogger(CamundaLoginDelayFilter.class);

    private final IdentityService identity;
    private final MessageSource messages;
    private final ObjectMapper json;

    CamundaLoginDelayFilter(IdentityService identity, MessageSource messages, ObjectMapper json) {
        this.identity = identity;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest passed = request;
        String userId = null;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/engine-rest/")) {
            Optional<EngineRestCredentials.Basic> basic =
                    EngineRestCredentials.Basic.of(request.getHeader(HttpHeaders.AUTHORIZATION));
            // A credential Camunda accepted a moment ago is not a guess: no query for the delay (a worker's calls).
            userId = basic.filter(b -> EngineRestCredentials.accepted(b).isEmpty())
                    .map(EngineRestCredentials.Basic::user).orElse(null);
        } else if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()
                && request.getContentLength() >= 0 && request.getContentLength() <= MAX_FORM) {
            ReplayedBody replayed = new ReplayedBody(request);
            passed = replayed;
            userId = replayed.formField("username");
        }
        Optional<Duration> wait = userId == null || userId.isBlank() ? Optional.empty() : delay(userId);
        if (wait.isPresent()) {
            long seconds = ProblemResponses.retryAfterSeconds(wait.get());
            log.warn("Camunda login {} {} from {} refused: the user is delayed after failed logins, {} s to wait",
                    request.getMethod(), path, request.getRemoteAddr(), seconds);
            Locale locale = request.getLocale();
            String message = messages.getMessage(MESSAGE_KEY, new Object[] {seconds},
                    "Too many failed logins. Try again in " + seconds + " seconds.", locale);
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "login-delayed", "Login delayed",
                    "This user's last login failed; Camunda accepts no login for it for " + seconds + " seconds.");
            problem.setProperty("retryAfterSeconds", seconds);
            problem.setProperty("message", message);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemResponses.write(json, response, problem);
            return;
        }
        chain.doFilter(passed, response);
    }

    /** How long Camunda still refuses this user's logins, if it does. */
    private Optional<Duration> delay(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        Date until = user instanceof UserEntity entity ? entity.getLockExpirationTime() : null;
        Instant now = Clocks.now();
        return until == null || !until.toInstant().isAfter(now) ? Optional.empty()
                : Optional.of(Duration.between(now, until.toInstant()));
    }

    /** The request with its (small) body read once, so the user name can be read and Camunda still gets the form. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readNBytes(MAX_FORM);
        }

        String formField(String name) {
            Charset charset = charset();
            for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && name.equals(URLDecoder.decode(pair.substring(0, equals), charset))) {
                    try {
                        return URLDecoder.decode(pair.substring(equals + 1), charset);
                    } catch (IllegalArgumentException malformed) {
                        return null;
                    }
                }
            }
            return null;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("A replayed login form is read synchronously");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
        }

        private Charset charset() {
            String encoding = getCharacterEncoding();
            try {
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
    }
}
