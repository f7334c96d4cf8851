package com.merchantonboarding.screening;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compiles the rule set once at start; a broken one stops the application with the compiler's message. A
 * configured folder that does not exist stops it too, unless {@code onboarding.rules.create-missing-folder}
 * asks for the shipped rules to be copied there first. The compile runs in the background from the beginning of
 * the start ({@link RuleBaseCompilation}); the holder is created with its result.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    /** Static, as a bean factory post-processor must be: it is created before the other beans, and starts then. */
    @Bean
    static RuleBaseCompilation ruleBaseCompilation() {
        return new RuleBaseCompilation();
    }

    @Bean
    RuleBaseHolder ruleBaseHolder(RuleBaseCompilation compilation, RulesProperties properties, RuleBaseLoader loader) {
        return new RuleBaseHolder(loader, compilation.await(properties));
    }
}
