package com.merchantonboarding.policy;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Records the rule set found at start as activated by the system, once its scenarios pass (or stops the start). */
@Component
class RuleSetStartup implements SmartInitializingSingleton {

    private final RuleSetActivations activations;

    RuleSetStartup(RuleSetActivations activations) {
        this.activations = activations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        activations.activateAtStart();
    }
}
