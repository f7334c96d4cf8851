package com.merchantonboarding.paymentissue;

import com.merchantonboarding.screening.PaymentIssueRules;
import com.merchantonboarding.screening.RuleBaseHolder;
import com.merchantonboarding.screening.RulesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payment-issue rules of the configured rules location, compiled once at start (a broken file stops it). */
@Configuration(proxyBeanMethods = false)
class PaymentIssueRulesConfiguration {

    @Bean
    PaymentIssueRules paymentIssueRules(RulesProperties rules, RuleBaseHolder onboardingRules) {
        // After the onboarding rule set: it creates a missing rules folder from the shipped rules first.
        return PaymentIssueRules.load(rules.location());
    }
}
