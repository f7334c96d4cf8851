package com.merchantonboarding.policy;

import com.merchantonboarding.policy.RulesView.ActivationView;

/**
 * What a reload did.
 *
 * @param changed         false when the folder holds the version already in use (nothing was recorded)
 * @param active          the activation now in force
 * @param previousVersion the version in use before
 * @param scenariosPassed the scenarios run against the new rule set (all passed)
 */
record ReloadView(boolean changed, ActivationView active, String previousVersion, int scenariosPassed) {
}
