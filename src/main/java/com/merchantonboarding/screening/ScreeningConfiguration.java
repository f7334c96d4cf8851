package com.merchantonboarding.screening;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compiles the rule set once at start; a broken one stops the application with the compiler's message. A
 * configured folder that does not exist stops it too, unless {@code onboarding.rules.create-missing-folder}
 * asks for the shipped rules to be copied there first.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScreeningConfiguration.class);

    @Bean
    RuleBaseHolder ruleBaseHolder(RulesProperties properties, RuleBaseLoader loader) {
        RuleSource source = properties.source();
        if (source instanceof RuleSource.Directory folder) {
            RuleFolders.prepare(folder, properties.createMissingFolder());
        }
        RuleBase ruleBase = loader.load(source);
        log.info("Screening rules {} loaded from {} ({} files)", ruleBase.version(), ruleBase.source().description(),
                ruleBase.files().size());
        return new RuleBaseHolder(loader, ruleBase);
    }
}
