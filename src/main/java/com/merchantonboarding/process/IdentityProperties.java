package com.merchantonboarding.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo users (demo profile only) and the password no other profile may use.
 *
 * @param demoUsers    create the demo users of spec/process.md at start
 * @param demoPassword the password of the demo users
 */
@ConfigurationProperties(prefix = "onboarding.identity")
public record IdentityProperties(
        @DefaultValue("false") boolean demoUsers,
        @DefaultValue("Onboarding-Demo-1") String demoPassword) {
}
