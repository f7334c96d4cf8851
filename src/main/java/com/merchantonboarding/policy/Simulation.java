package com.merchantonboarding.policy;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.policy.SimulationReport.RuleSetView;
import com.merchantonboarding.policy.SimulationReport.Selection;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.ScreeningResult;
import com.merchantonboarding.screening.ScreeningService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Runs the rules folder's candidate rule set, not activated, over stored submissions next to the active rule
 * set, and reports what would change. The baseline is the active rule set applied now to the same submission,
 * not the decision recorded then: the report shows the effect of this edit alone, not of earlier policy changes
 * or of officers' decisions. Reads in batches; writes nothing. One simulation runs at a time on a node: each
 * compiles a rule set and holds database connections for its readers, which the onboarding itself needs.
 */
@Service
class Simulation {

    static final int MAX_REVISIONS = 100_000;
    static final int MAX_LISTED = 1_000;

    private static final Logger log = LoggerFactory.getLogger(Simulation.class);

    private final RuleSetActivations activations;
    private final SubmittedRevisions revisions;
    private final ScreeningService screening;
    private final Semaphore running = new Semaphore(1);

    Simulation(RuleSetActivations activations, SubmittedRevisions revisions, ScreeningService screening) {
        this.activations = activations;
        this.revisions = revisions;
        this.screening = screening;
    }

    SimulationReport run(SimulationRequest request) {
        Selection selection = selection(request);
        if (!running.tryAcquire()) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "simulation-running", "A simulation is running",
                    "Another simulation is running on this server. Try again when it has finished (10,000 submissions"
                            + " take a few seconds).").retryAfter(Duration.ofSeconds(10));
        }
        try {
            return run(selection);
        } finally {
            running.release();
        }
    }

    private SimulationReport run(Selection selection) {
        Candidate candidate = activations.candidate();
        RuleBase active = activations.current(); // one rule base for the whole run, whatever a reload does meanwhile
        List<UUID> ids = selection.lastRevisions() != null
                ? revisions.latest(selection.lastRevisions())
                : revisions.between(selection.from(), selection.to(), MAX_REVISIONS + 1);
        if (ids.size() > MAX_REVISIONS) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "too-many-revisions", "Too many submissions",
                    "More than " + MAX_REVISIONS + " submissions fall in this range; narrow it.");
        }
        SimulationTally tally = new SimulationTally(MAX_LISTED);
        try (SubmittedRevisions.Batches batches = revisions.batches(ids)) {
            while (batches.hasNext()) {
                for (SubmittedRevision revision : batches.next()) {
                    compare(active, candidate.ruleBase(), revision, tally);
                }
            }
        }
        ScenarioReport scenarios = candidate.scenarios();
        log.info("Simulated {} against {} over {} submissions: {} would change", candidate.ruleBase().version(),
                active.version(), ids.size(), tally.changed());
        return new SimulationReport(view(candidate.ruleBase()), view(active), selection,
                new SimulationReport.ScenarioSummary(scenarios.results().size(), scenarios.failed().size(),
                        scenarios.failed().stream().map(RuleSetActivations::failure).toList(), scenarios.fileProblems()),
                tally.totals(ids.size()), tally.changes(), tally.truncated(), tally.skipped());
    }

    private void compare(RuleBase active, RuleBase candidate, SubmittedRevision revision, SimulationTally tally) {
        if (revision.unavailable() != null) {
            tally.skip(revision, revision.unavailable());
            return;
        }
        try {
            ScreeningResult before = screening.screen(active, revision.data(), revision.documents());
            ScreeningResult after = screening.screen(candidate, revision.data(), revision.documents());
            tally.add(revision, before, after);
        } catch (RuntimeException e) {
            tally.skip(revision, "the rules failed to decide: " + e.getMessage());
        }
    }

    private static RuleSetView view(RuleBase ruleBase) {
        return new RuleSetView(ruleBase.version(), ruleBase.label(), ruleBase.source().description());
    }

    static Selection selection(SimulationRequest request) {
        boolean range = request.from() != null || request.to() != null;
        if (request.lastRevisions() != null && range) {
            throw invalid("Give either lastRevisions or from/to, not both.");
        }
        if (request.lastRevisions() != null) {
            if (request.lastRevisions() < 1 || request.lastRevisions() > MAX_REVISIONS) {
                throw invalid("lastRevisions must be between 1 and " + MAX_REVISIONS + ".");
            }
            return new Selection(request.lastRevisions(), null, null);
        }
        if (!range) {
            throw invalid("Give lastRevisions (the last N submissions) or from/to (a range of submission times).");
        }
        Instant from = request.from() == null ? Instant.EPOCH : instant("from", request.from(), false);
        Instant to = request.to() == null ? Clocks.now().plusSeconds(1) : instant("to", request.to(), true);
        if (!from.isBefore(to)) {
            throw invalid("from must be before to.");
        }
        return new Selection(null, from, to);
    }

    private static Instant instant(String name, String text, boolean endOfDay) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(text.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw invalid(name + " '" + text + "' is neither an instant (2026-03-01T00:00:00Z) nor a date (2026-03-01).");
            }
        }
    }

    private static ApiException invalid(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail);
    }
}
