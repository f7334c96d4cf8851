package com.merchantonboarding.screening;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param scenarioPassValidFor how long a passed run of the scenarios is trusted at a later start with the same rule
 *                            files, scenario files and build (docs/operations.md, "Start-up and footprint"), so that
 *                            the start skips running them again; {@code 0} runs them at every start
 */
@ConfigurationProperties(prefix = "onboarding.rules")
public record RulesProperties(
        @DefaultValue("classpath:rules/") String location,
        @DefaultValue("false") boolean createMissingFolder,
        @DefaultValue("P1D") Duration scenarioPassValidFor) {

    @ConstructorBinding
    public RulesProperties {
    }

    /** The settings with scenario passes trusted for the default day. */
    public RulesProperties(String location, boolean createMissingFolder) {
        this(location, createMissingFolder, Duration.ofDays(1));
    }

    public RuleSource source() {
        return RuleSource.of(location);
    }
}
