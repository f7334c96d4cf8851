package com.merchantonboarding.screening;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Compiles the rule set once at start; a broken one stops the application with the compiler's message. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScreeningConfiguration.class);

    @Bean
    RuleBaseHolder ruleBaseHolder(RulesProperties properties, RuleBaseLoader loader) {
        RuleBase ruleBase = loader.load(properties.location());
        log.info("Screening rules {} loaded from {} ({} files)", ruleBase.version(), ruleBase.source().description(),
                ruleBase.files().size());
        return new RuleBaseHolder(loader, ruleBase);
    }
}
