package com.merchantonboarding.policy;

import com.merchantonboarding.screening.RiskLevel;
import com.merchantonboarding.screening.ScreeningOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a candidate rule set would have decided differently from the active one, over stored submissions.
 * Nothing is changed by a simulation.
 *
 * @param changes          the applications whose outcome, risk level or findings would change (the first
 *                         {@link Simulation#MAX_LISTED}; {@code changesTruncated} says when there are more)
 * @param skipped          submissions that could not be screened again, with the reason (the first 100)
 */
record SimulationReport(
        RuleSetView candidate,
        RuleSetView active,
        Selection selection,
        ScenarioSummary scenarios,
        Totals totals,
        List<RevisionChange> changes,
        boolean changesTruncated,
        List<SkippedRevision> skipped) {

    record RuleSetView(String version, String label, String source) {
    }

    /** The submissions asked for: {@code lastRevisions}, or the range {@code [from, to)}. */
    record Selection(Integer lastRevisions, Instant from, Instant to) {
    }

    /** The candidate's scenarios: a reload would be refused while {@code failed} is not 0 or files have problems. */
    record ScenarioSummary(int run, int failed, List<Map<String, Object>> failures, List<String> fileProblems) {
    }

    /**
     * @param revisions        submissions selected
     * @param compared         screened with both rule sets
     * @param changed          with any change (outcome, risk level or findings)
     * @param outcomesBefore   count per outcome with the active rule set
     * @param outcomesAfter    count per outcome with the candidate
     * @param outcomeChanges   count per change, such as {@code "REVIEW -> REJECT": 3}
     * @param findingsAdded    count per finding ({@code CODE@requirement}) the candidate adds
     * @param findingsRemoved  count per finding the candidate no longer raises
     * @param changedByApplicationStatus count of changed submissions per status their application has today, such
     *                         as {@code "LIVE": 2}: merchants already live whom the candidate would decide otherwise
     */
    record Totals(int revisions, int compared, int skipped, int changed, int outcomeChanged, int riskLevelChanged,
                  int findingsChanged, Map<String, Integer> outcomesBefore, Map<String, Integer> outcomesAfter,
                  Map<String, Integer> outcomeChanges, Map<String, Integer> findingsAdded,
                  Map<String, Integer> findingsRemoved, Map<String, Integer> changedByApplicationStatus) {
    }

    /** One changed submission; {@code applicationStatus} is its application's status today. */
    record RevisionChange(UUID applicationId, String reference, String applicationStatus, int revision,
                          Instant submittedAt, Change<ScreeningOutcome> outcome, Change<RiskLevel> riskLevel,
                          Change<Integer> riskPoints, List<String> findingsAdded, List<String> findingsRemoved) {
    }

    record Change<T>(T before, T after) {
    }

    record SkippedRevision(UUID applicationId, String reference, int revision, String reason) {
    }
}
