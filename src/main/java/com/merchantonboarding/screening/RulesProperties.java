package com.merchantonboarding.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rule set is read from.
 *
 * @param location            {@code classpath:rules/} (the default: the folder the build packs), or a folder on
 *                            disk such as {@code rules/} or {@code /opt/rules} that analysts edit and reload
 * @param createMissingFolder when the location is a folder that does not exist: {@code true} copies the shipped
 *                            rules ({@code classpath:rules/}) into it and starts with them; {@code false} (the
 *                            default) refuses to start, because a mistyped or unmounted folder must not quietly
 *                            put another policy in force
 */
@ConfigurationProperties(prefix = "onboarding.rules")
public record RulesProperties(
        @DefaultValue("classpath:rules/") String location,
        @DefaultValue("false") boolean createMissingFolder) {

    public RuleSource source() {
        return RuleSource.of(location);
    }
}
