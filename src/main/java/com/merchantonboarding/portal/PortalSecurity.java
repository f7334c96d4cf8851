package com.merchantonboarding.portal;

import static com.merchantonboarding.security.RequestPaths.paths;

import com.merchantonboarding.merchant.MerchantAccounts;
import com.merchantonboarding.merchant.TwoStepLogins;
import com.merchantonboarding.security.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The merchant portal: a session login with the merchant's email and password (form login), Spring Security's
 * CSRF tokens in every form, logout. The start page ({@code /}) is open and has the portal's headers. Ordered before the catch-all chain of the webapps, which refuses
 * {@code /portal}. Merchant sessions open nothing else: the API takes API keys only, statelessly.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    static final String LOGIN = "/portal/login";
    static final String DENIED = "/portal/denied";
    static final String THROTTLED = "/portal/login/throttled";
    /** The second step of a login with two-step login: the only page a {@link TwoStepPending} session may open. */
    static final String CODE = "/portal/login/code";

    /** Pages and resources are same-origin only; documents and the QR code are images from the portal itself. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Bean
    SecurityContextRepository portalSecurityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(5)
    SecurityFilterChain portal(HttpSecurity http, MerchantAccounts accounts, LoginThrottle throttle,
                               TwoStepLogins twoStep, SecurityContextRepository portalSecurityContextRepository)
            throws Exception {
        return http.securityMatcher(paths("/", "/portal/**"))
                .authenticationProvider(new MerchantPasswordAuthentication(accounts, throttle, twoStep))
                .securityContext(c -> c.securityContextRepository(portalSecurityContextRepository))
                .addFilterBefore(new UploadSizeFilter(), CsrfFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/", LOGIN, THROTTLED, "/portal/signup", DENIED, "/portal/assets/**")).permitAll()
                        .requestMatchers(paths(CODE)).hasAuthority(TwoStepPending.AUTHORITY)
                        .anyRequest().hasAuthority("ROLE_MERCHANT"))
                .formLogin(form -> form.loginPage(LOGIN)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(loginSuccess())
                        .failureHandler(loginFailure()))
                .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler(deniedPage()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    /**
     * A wrong password goes back to the login page; a throttled login answers 429 with {@code Retry-After} and the
     * login page saying how long to wait.
     */
    private static AuthenticationFailureHandler loginFailure() {
        SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler(LOGIN + "?error");
        return (request, response, exception) -> {
            if (exception instanceof MerchantPasswordAuthentication.LoginThrottledException throttled) {
                long seconds = throttled.retryAfterSeconds();
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                request.setAttribute(PortalAccountController.THROTTLED_SECONDS, seconds);
                request.getRequestDispatcher(THROTTLED).forward(request, response);
            } else {
                wrongPassword.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    /** The saved request or the dashboard; the code page first when the merchant has two-step login. */
    private static AuthenticationSuccessHandler loginSuccess() {
        SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signedIn.setDefaultTargetUrl("/portal/");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof TwoStepPending) {
                response.sendRedirect(request.getContextPath() + CODE);
            } else {
                signedIn.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /**
     * A refused form (a missing or stale CSRF token, typically after the session expired) gets a portal page; a
     * session still waiting for its two-step code is sent to the code page instead.
     */
    private static AccessDeniedHandler deniedPage() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(DENIED);
        return (request, response, denied) -> {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            if (current != null && current.getPrincipal() instanceof TwoStepPending
                    && "GET".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + CODE);
            } else {
                handler.handle(request, response, denied);
            }
        };
    }
}
