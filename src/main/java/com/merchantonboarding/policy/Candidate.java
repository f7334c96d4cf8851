package com.merchantonboarding.policy;

import com.merchantonboarding.screening.RuleBase;

/**
 * A rule set compiled from the rules folder, not active, with what its scenarios said.
 *
 * @param checkKey what the scenario run depended on ({@link ScenarioCheckKey}), to remember it once it is activated
 */
record Candidate(RuleBase ruleBase, ScenarioReport scenarios, String checkKey) {
}
