package com.merchantonboarding.review;

import static com.merchantonboarding.security.RequestPaths.path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The officers' back office ({@code /back-office/**}), read by the Tasklist forms. Who may call it is
 * decided by {@link TasklistAuthenticationFilter} from the Camunda webapp session. CSRF protection is
 * off here because only GETs are served and none changes anything; add it before adding a POST. The
 * analysts' rule endpoints under /back-office/api/rules have a chain of their own (policy/RulesSecurity)
 * that checks the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain backOffice(HttpSecurity http, ProcessEngine engine, ObjectMapper json) throws Exception {
        return http.securityMatcher(path("/back-office/**"))
                .csrf(csrf -> csrf.disable())
                // The Camunda session is only read here: no session fixation protection, which would change the
                // session id under Tasklist's feet, and nothing stored in it.
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new TasklistAuthenticationFilter(engine.getName(), json),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }
}
