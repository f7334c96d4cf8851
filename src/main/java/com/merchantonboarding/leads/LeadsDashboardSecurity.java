package com.merchantonboarding.leads;

import static com.merchantonboarding.security.RequestPaths.path;

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
 * {@code /back-office/leads/**}: compliance leads, business analysts and administrators, logged into Tasklist or
 * Cockpit (the webapp session), or with HTTP Basic credentials of such a Camunda user (for the CSV files). A
 * browser without a login is sent to Cockpit's login; officers and everyone else get 403. Only GETs are served.
 * Ordered before the officers' back-office chain, which matches the rest of {@code /back-office/**}.
 */
@Configuration(proxyBeanMethods = false)
class LeadsDashboardSecurity {

    static final Set<String> ALLOWED_GROUPS = Set.of(ProcessConstants.GROUP_LEADS, ProcessConstants.GROUP_ANALYSTS,
            ProcessConstants.GROUP_ADMINS);
    static final String LOGIN_PAGE = "/camunda/app/cockpit/default/#/login";

    @Bean
    @Order(1)
    SecurityFilterChain leadsDashboardChain(HttpSecurity http, ProcessEngine engine, ObjectMapper json) throws Exception {
        CamundaUserFilter.Access access = new CamundaUserFilter.Access(ALLOWED_GROUPS, engine.getIdentityService(),
                "Log in to Camunda Tasklist or Cockpit first (the dashboard uses the same login), or send HTTP Basic"
                        + " credentials of a Camunda user.",
                "Only compliance leads, business analysts and administrators may read the leads' dashboard.",
                LOGIN_PAGE);
        return CamundaUserFilter.chain(http, path("/back-office/leads/**"), engine.getName(), access, json);
    }
}
