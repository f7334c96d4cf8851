package com.merchantonboarding.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rule set is read from.
 *
 * @param location {@code classpath:rules/} (the default: the folder the build packs), or a folder on
 *                 disk such as {@code rules/} or {@code /opt/rules} that analysts edit and reload
 */
@ConfigurationProperties(prefix = "onboarding.rules")
public record RulesProperties(@DefaultValue("classpath:rules/") String location) {
}
