package com.merchantonboarding.policy;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code rules} in the readiness group (docs/operations.md): ready once the rule base compiled at start has passed
 * its scenarios and is recorded as active on this node. Before that, screening jobs must not be sent here.
 */
@Component("rules")
class RulesHealthIndicator implements HealthIndicator {

    private final RuleSetActivations activations;

    RulesHealthIndicator(RuleSetActivations activations) {
        this.activations = activations;
    }

    @Override
    public Health health() {
        return activations.active()
                .map(active -> Health.up().withDetail("version", active.getVersionId()).build())
                .orElseGet(() -> Health.outOfService().withDetail("reason", "no rule set active yet").build());
    }
}
