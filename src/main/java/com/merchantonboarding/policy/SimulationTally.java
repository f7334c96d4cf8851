package com.merchantonboarding.policy;

import com.merchantonboarding.policy.SimulationReport.Change;
import com.merchantonboarding.policy.SimulationReport.RevisionChange;
import com.merchantonboarding.policy.SimulationReport.SkippedRevision;
import com.merchantonboarding.policy.SimulationReport.Totals;
import com.merchantonboarding.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Counts and lists the differences between the active and the candidate decision, submission by submission. */
final class SimulationTally {

    private static final int MAX_SKIPPED_LISTED = 100;

    private final int maxListed;
    private final List<RevisionChange> changes = new ArrayList<>();
    private final List<SkippedRevision> skipped = new ArrayList<>();
    private final Map<String, Integer> outcomesBefore = new TreeMap<>();
    private final Map<String, Integer> outcomesAfter = new TreeMap<>();
    private final Map<String, Integer> outcomeChanges = new TreeMap<>();
    private final Map<String, Integer> findingsAdded = new TreeMap<>();
    private final Map<String, Integer> findingsRemoved = new TreeMap<>();
    private final Map<String, Integer> changedByApplicationStatus = new TreeMap<>();
    private int compared;
    private int skippedCount;
    private int changed;
    private int outcomeChanged;
    private int riskLevelChanged;
    private int findingsChanged;

    SimulationTally(int maxListed) {
        this.maxListed = maxListed;
    }

    void add(SubmittedRevision revision, ScreeningResult before, ScreeningResult after) {
        compared++;
        outcomesBefore.merge(before.outcome().name(), 1, Integer::sum);
        outcomesAfter.merge(after.outcome().name(), 1, Integer::sum);
        Set<String> was = findings(before);
        Set<String> is = findings(after);
        List<String> added = is.stream().filter(f -> !was.contains(f)).toList();
        List<String> removed = was.stream().filter(f -> !is.contains(f)).toList();
        boolean outcome = before.outcome() != after.outcome();
        boolean risk = before.riskLevel() != after.riskLevel();
        boolean findings = !added.isEmpty() || !removed.isEmpty();
        if (!outcome && !risk && !findings && before.riskPoints() == after.riskPoints()) {
            return;
        }
        changed++;
        changedByApplicationStatus.merge(String.valueOf(revision.applicationStatus()), 1, Integer::sum);
        if (outcome) {
            outcomeChanged++;
            outcomeChanges.merge(before.outcome() + " -> " + after.outcome(), 1, Integer::sum);
        }
        if (risk) {
            riskLevelChanged++;
        }
        if (findings) {
            findingsChanged++;
            added.forEach(f -> findingsAdded.merge(f, 1, Integer::sum));
            removed.forEach(f -> findingsRemoved.merge(f, 1, Integer::sum));
        }
        if (changes.size() < maxListed) {
            changes.add(new RevisionChange(revision.applicationId(), revision.reference(),
                    revision.applicationStatus(), revision.revision(), revision.submittedAt(),
                    new Change<>(before.outcome(), after.outcome()), new Change<>(before.riskLevel(), after.riskLevel()),
                    new Change<>(before.riskPoints(), after.riskPoints()), added, removed));
        }
    }

    void skip(SubmittedRevision revision, String reason) {
        skippedCount++;
        if (skipped.size() < MAX_SKIPPED_LISTED) {
            skipped.add(new SkippedRevision(revision.applicationId(), revision.reference(), revision.revision(), reason));
        }
    }

    int changed() {
        return changed;
    }

    Totals totals(int revisions) {
        return new Totals(revisions, compared, skippedCount, changed, outcomeChanged, riskLevelChanged, findingsChanged,
                outcomesBefore, outcomesAfter, outcomeChanges, findingsAdded, findingsRemoved,
                changedByApplicationStatus);
    }

    List<RevisionChange> changes() {
        return List.copyOf(changes);
    }

    boolean truncated() {
        return changed > changes.size();
    }

    List<SkippedRevision> skipped() {
        return List.copyOf(skipped);
    }

    /** Each finding as {@code CODE@requirement}: what a merchant or officer is told, whatever the detail text. */
    private static Set<String> findings(ScreeningResult result) {
        return result.findings().stream().map(f -> f.code() + "@" + f.requirement())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
