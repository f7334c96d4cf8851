package com.merchantonboarding.operations;

import static com.merchantonboarding.security.RequestPaths.path;
import static com.merchantonboarding.security.RequestPaths.paths;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.process.ProcessConstants;
import com.merchantonboarding.security.CamundaUserFilter;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator (docs/operations.md). The two probes are open: a load balancer or Kubernetes asks them without
 * credentials, and they answer only UP or DOWN. Everything else under {@code /actuator} (health details, metrics,
 * Prometheus) is for Camunda users in {@code operators} or {@code camunda-admin}, by HTTP Basic (a scraper) or the
 * Cockpit session (a person), checked by the same filter as the analysts' back office.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    static final Set<String> ALLOWED_GROUPS = Set.of(ProcessConstants.GROUP_OPERATORS, ProcessConstants.GROUP_ADMINS);

    @Bean
    @Order(6)
    SecurityFilterChain probes(HttpSecurity http) throws Exception {
        return http.securityMatcher(paths("/actuator/health/liveness",
                        "/actuator/health/readiness"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(7)
    SecurityFilterChain actuator(HttpSecurity http, ProcessEngine engine, ObjectMapper json) throws Exception {
        CamundaUserFilter.Access access = new CamundaUserFilter.Access(ALLOWED_GROUPS, engine.getIdentityService(),
                "Send HTTP Basic credentials of a Camunda user in the group operators (or camunda-admin), or log in"
                        + " to Camunda Cockpit first.",
                "Only operators and administrators may read the actuator endpoints.");
        return CamundaUserFilter.chain(http, path("/actuator/**"), engine.getName(), access, json);
    }
}
