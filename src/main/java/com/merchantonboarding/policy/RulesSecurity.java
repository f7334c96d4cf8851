package com.merchantonboarding.policy;

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
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /back-office/api/rules/**} and {@code /back-office/api/process/**}: business analysts and administrators, logged into Cockpit (the webapp
 * session; modifying calls need the webapps' CSRF token) or sending HTTP Basic credentials of a Camunda user.
 * Ordered before the officers' back-office chain, which matches the rest of {@code /back-office/**}.
 */
@Configuration(proxyBeanMethods = false)
class RulesSecurity {

    static final Set<String> ALLOWED_GROUPS = Set.of(ProcessConstants.GROUP_ANALYSTS, ProcessConstants.GROUP_ADMINS);

    @Bean
    @Order(0)
    SecurityFilterChain analystRules(HttpSecurity http, ProcessEngine engine, ObjectMapper json) throws Exception {
        CamundaUserFilter.Access access = new CamundaUserFilter.Access(ALLOWED_GROUPS, engine.getIdentityService(),
                "Log in to Camunda Cockpit first (the rules endpoints use the same login), or send HTTP Basic"
                        + " credentials of a Camunda user.",
                "Only business analysts and administrators may read, simulate or reload the rules, and check or "
                        + "deploy the process model.");
        return CamundaUserFilter.chain(http, paths("/back-office/api/rules/**",
                "/back-office/api/process/**"), engine.getName(), access, json);
    }
}
