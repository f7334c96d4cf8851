package com.merchantonboarding.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * A worker-only node (profile {@code worker}) serves the actuator and nothing else: its merchant API, portal,
 * Camunda webapps and /engine-rest answer 403 before anything else sees the request (this chain comes first, and
 * Spring Security's filter runs before Camunda's /engine-rest filters). Its work is fetched from an application node.
 */
@Configuration(proxyBeanMethods = false)
@Profile("worker")
class WorkerNodeSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain workerNodeServesOnlyTheActuator(HttpSecurity http) throws Exception {
        return http.securityMatcher(new NegatedRequestMatcher(antMatcher("/actuator/**")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .build();
    }
}
