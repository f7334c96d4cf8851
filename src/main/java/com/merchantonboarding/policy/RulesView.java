package com.merchantonboarding.policy;

import java.time.Instant;
import java.util.List;

/**
 * The rule set in use and the history of activations.
 *
 * @param location where reloads and simulations read the rules ({@code onboarding.rules.location})
 * @param history  the latest activations, newest first
 */
record RulesView(ActiveRuleSet active, String location, List<ActivationView> history) {

    /**
     * @param version     {@code label@hash}, as recorded with every screening
     * @param contentHash SHA-256 over every rule file (scenarios excluded)
     * @param files       the number of rule files
     * @param rules       the number of DRL rules
     */
    record ActiveRuleSet(String version, String label, String contentHash, String source, int files, int rules,
                         String activatedBy, Instant activatedAt) {
    }

    record ActivationView(String version, String label, String contentHash, String source, String activatedBy,
                          Instant activatedAt, String previousVersion) {

        static ActivationView of(RuleSetActivation activation) {
            return new ActivationView(activation.getVersionId(), activation.getLabel(), activation.getContentHash(),
                    activation.getSource(), activation.getActivatedBy(), activation.getActivatedAt(),
                    activation.getPreviousVersionId());
        }
    }
}
