package com.merchantonboarding.policy;

import com.merchantonboarding.screening.RuleBase;

/** A rule set compiled from the rules folder, not active, with what its scenarios said. */
record Candidate(RuleBase ruleBase, ScenarioReport scenarios) {
}
