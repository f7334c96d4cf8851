package com.merchantonboarding.paymentissue;

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
 * {@code /back-office/payment-issues/**}, read by the payment-issue form in Tasklist: payment support, the compliance
 * leads (an overdue case is theirs too) and administrators, logged into Tasklist (the webapp session; no HTTP
 * Basic). Only GETs are served. Ordered before the officers' back-office chain, which matches the rest of
 * {@code /back-office/**}.
 */
@Configuration(proxyBeanMethods = false)
class SupportSecurity {

    static final Set<String> ALLOWED_GROUPS = Set.of(ProcessConstants.GROUP_PAYMENT_SUPPORT,
            ProcessConstants.GROUP_LEADS, ProcessConstants.GROUP_ADMINS);

    @Bean
    @Order(2)
    SecurityFilterChain paymentSupportChain(HttpSecurity http, ProcessEngine engine, ObjectMapper json)
            throws Exception {
        CamundaUserFilter.Access access = new CamundaUserFilter.Access(ALLOWED_GROUPS, null,
                "Log in to Camunda Tasklist first; the payment-issue form uses the same login.",
                "Only payment support, compliance leads and administrators may read payment issues.");
        return CamundaUserFilter.chain(http, path("/back-office/payment-issues/**"), engine.getName(), access, json);
    }
}
