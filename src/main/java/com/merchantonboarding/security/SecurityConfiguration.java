package com.merchantonboarding.security;

import static com.merchantonboarding.security.RequestPaths.path;
import static com.merchantonboarding.security.RequestPaths.paths;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.merchant.MerchantAccounts;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what. The merchant API takes API keys only; {@code /engine-rest} takes Camunda users
 * (HTTP Basic) through Camunda's own filter, so engine authorizations apply; the Camunda webapps keep
 * their own login and CSRF protection. Anything not listed is refused. Matchers are path patterns
 * ({@link RequestPaths}), not MVC patterns, because /engine-rest and the webapps' APIs are Jersey servlets.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain merchantApi(HttpSecurity http, MerchantAccounts accounts, ObjectMapper json,
                                    FailureBuckets buckets, ApplicationEventPublisher events) throws Exception {
        return http.securityMatcher(path("/api/**"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(accounts, buckets, events, json),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path(HttpMethod.POST, "/api/v1/merchants")).permitAll()
                        .requestMatchers(path("/api/v1/**")).hasAuthority(ApiKeyAuthenticationFilter.MERCHANT_ROLE)
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .build();
    }

    /** Authentication of /engine-rest is Camunda's filter (registered below); Spring only stays out of the way. */
    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        return http
                // The Camunda webapps protect their own API with their CSRF filter and set their own headers.
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/favicon.ico", "/camunda/**", "/forms/**", "/error")).permitAll()
                        .requestMatchers(paths("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**")).permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    /** Outermost: a database outage anywhere inside answers 503, whichever filter or controller met it. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailable(ObjectMapper json, RequestLimits limits) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(json, limits));
        registration.setName("database-unavailable");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before authentication and every parser, on every path (the Camunda REST APIs too). */
    @Bean
    FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimit(ObjectMapper json, RequestLimits limits) {
        FilterRegistrationBean<JsonBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new JsonBodyLimitFilter(limits, json));
        registration.setName("json-body-limit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Before Camunda's login and its /engine-rest authentication: a user Camunda delays after failed logins gets 429
     * with Retry-After instead of its 401.
     */
    @Bean
    FilterRegistrationBean<CamundaLoginDelayFilter> camundaLoginDelay(ProcessEngine engine, MessageSource messages,
                                                                      ObjectMapper json) {
        FilterRegistrationBean<CamundaLoginDelayFilter> registration = new FilterRegistrationBean<>(
                new CamundaLoginDelayFilter(engine.getIdentityService(), messages, json));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*", "/engine-rest/*");
        registration.setName("camunda-login-delay");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                RememberingBasicAuthentication.class.getName());
        registration.setName("engine-rest-authentication");
        registration.setOrder(Integer.MAX_VALUE - 10);
        return registration;
    }

    /** After the authentication: the inspection workers' user gets only the external-task calls. */
    @Bean
    FilterRegistrationBean<EngineRestScope> engineRestScope(ProcessEngine engine) {
        FilterRegistrationBean<EngineRestScope> registration =
                new FilterRegistrationBean<>(new EngineRestScope(engine.getIdentityService()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engine-rest-scope");
        registration.setOrder(Integer.MAX_VALUE - 5);
        return registration;
    }
}
