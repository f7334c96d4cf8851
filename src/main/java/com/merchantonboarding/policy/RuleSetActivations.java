package com.merchantonboarding.policy;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.screening.Finding;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseException;
import com.merchantonboarding.screening.RuleBaseHolder;
import com.merchantonboarding.screening.RuleBaseLoader;
import com.merchantonboarding.screening.RuleSource;
import com.merchantonboarding.screening.RulesProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which rule set decides, and the only way to change it at run time: compile the rules folder, run every
 * scenario against the result, and only when both succeed record the activation and swap the rule base in.
 * Otherwise nothing changes and the caller learns why.
 */
@Service
class RuleSetActivations {

    private static final Logger log = LoggerFactory.getLogger(RuleSetActivations.class);

    private final RulesProperties properties;
    private final RuleBaseLoader loader;
    private final RuleBaseHolder holder;
    private final RuleSetActivationRepository activations;
    private final RuleSetSnapshotRepository snapshots;
    private final TransactionTemplate transactions;
    private final ScenarioChecks scenarioChecks;
    private final Object reloading = new Object();
    private volatile RuleSetActivation active;

    RuleSetActivations(RulesProperties properties, RuleBaseLoader loader, RuleBaseHolder holder,
                       RuleSetActivationRepository activations, RuleSetSnapshotRepository snapshots,
                       TransactionTemplate transactions, ScenarioChecks scenarioChecks) {
        this.properties = properties;
        this.loader = loader;
        this.holder = holder;
        this.activations = activations;
        this.snapshots = snapshots;
        this.transactions = transactions;
        this.scenarioChecks = scenarioChecks;
    }

    /** What a reload did. {@code changed} is false when the folder holds the version already active. */
    record Reloaded(boolean changed, RuleSetActivation activation, String previousVersion, ScenarioReport scenarios) {
    }

    /** Where reloads and simulations read the rules. */
    RuleSource source() {
        return properties.source();
    }

    /**
     * Checks the rule set compiled at start against its scenarios and records its activation by the system. When
     * these very scenarios already passed against these very rules with this build ({@link ScenarioChecks}), they
     * are not run again: the result could not differ.
     *
     * @throws IllegalStateException when a scenario fails, so that a rule set no reload would accept does not
     *                               come into force by a restart either
     */
    void activateAtStart() {
        RuleBase current = holder.current();
        SortedMap<String, byte[]> files = RuleBaseLoader.read(current.source());
        String key = ScenarioCheckKey.of(current, files);
        Optional<ScenarioCheck> passed = scenarioChecks.passed(key);
        if (passed.isPresent()) {
            active = record(current, RuleSetActivation.SYSTEM, null);
            log.info("Rule set {} active from {} ({} scenarios passed at {} with these rules, scenarios and build; "
                            + "not run again)", current.version(), current.source().description(),
                    passed.get().getScenarios(), passed.get().getCheckedAt());
            return;
        }
        ScenarioReport scenarios = ScenarioRunner.run(current, files);
        if (!scenarios.passed()) {
            throw new IllegalStateException("The rules in " + current.source().description()
                    + " fail their scenarios; fix the rules or the scenarios, or restore the last good version:\n"
                    + scenarios.summary());
        }
        scenarioChecks.rememberPass(key, current, scenarios);
        active = record(current, RuleSetActivation.SYSTEM, null);
        log.info("Rule set {} active from {} ({} scenarios passed)", current.version(), current.source().description(),
                scenarios.results().size());
    }

    /**
     * Compiles the rules folder as it is now, without activating it.
     *
     * @throws ApiException 422 with the compiler's messages when the rules do not load
     */
    Candidate candidate() {
        RuleSource source = source();
        try {
            SortedMap<String, byte[]> files = RuleBaseLoader.read(source);
            RuleBase ruleBase = loader.load(source, files);
            return new Candidate(ruleBase, ScenarioRunner.run(ruleBase, files), ScenarioCheckKey.of(ruleBase, files));
        } catch (RuleBaseException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "rules-invalid", "Rules do not load",
                    "The rules in " + source.description() + " do not load; rule set " + holder.current().version()
                            + " stays in use.")
                    .with("activeVersion", holder.current().version())
                    .with("problems", e.problems());
        }
    }

    /**
     * Compiles the folder, runs the scenarios and, when both succeed and the version is new, records the
     * activation and swaps the rule base in. One reload at a time.
     *
     * @throws ApiException 422 when the rules do not load or a scenario fails; the active rule set stays
     */
    Reloaded reload(String user) {
        synchronized (reloading) {
            Candidate candidate = candidate();
            RuleBase current = holder.current();
            if (!candidate.scenarios().passed()) {
                log.warn("Reload by {} refused: {}", user, candidate.scenarios().summary());
                throw scenariosFailed(candidate, current);
            }
            scenarioChecks.rememberPass(candidate.checkKey(), candidate.ruleBase(), candidate.scenarios());
            if (candidate.ruleBase().version().equals(current.version())) {
                return new Reloaded(false, active, current.version(), candidate.scenarios());
            }
            RuleSetActivation activation = record(candidate.ruleBase(), user, current.version());
            holder.activate(candidate.ruleBase());
            active = activation;
            log.info("Rule set {} activated by {} (was {}; {} scenarios passed)", activation.getVersionId(), user,
                    current.version(), candidate.scenarios().results().size());
            return new Reloaded(true, activation, current.version(), candidate.scenarios());
        }
    }

    /** The activation that made the current rule base active on this node. */
    Optional<RuleSetActivation> active() {
        return Optional.ofNullable(active);
    }

    /** The latest activations, newest first (every node's, from the database). */
    List<RuleSetActivation> history(int limit) {
        return activations.findAllByOrderByActivatedAtDesc(PageRequest.of(0, limit));
    }

    /** The rule files of a version as a ZIP archive, when this database has seen it activated. */
    Optional<byte[]> archive(String version) {
        return snapshots.findById(version).map(RuleSetSnapshot::zip);
    }

    RuleBase current() {
        return holder.current();
    }

    private RuleSetActivation record(RuleBase ruleBase, String user, String previousVersion) {
        if (!snapshots.existsById(ruleBase.version())) {
            try {
                snapshots.save(new RuleSetSnapshot(ruleBase.version(), ruleBase.contentHash(), ruleBase.fileContents(),
                        Clocks.now()));
            } catch (DataIntegrityViolationException e) {
                log.debug("Snapshot of {} stored meanwhile by another node", ruleBase.version());
            }
        }
        return transactions.execute(status -> activations.save(new RuleSetActivation(ruleBase.version(), ruleBase.label(),
                ruleBase.contentHash(), ruleBase.source().description(), user, Clocks.now(), previousVersion)));
    }

    private static ApiException scenariosFailed(Candidate candidate, RuleBase current) {
        ScenarioReport report = candidate.scenarios();
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "scenarios-failed", "Scenarios failed",
                report.failed().size() + " of " + report.results().size() + " scenarios failed against "
                        + candidate.ruleBase().version()
                        + (report.fileProblems().isEmpty() ? "" : ", and scenario files have problems") + "; rule set "
                        + current.version() + " stays in use.")
                .with("activeVersion", current.version())
                .with("candidateVersion", candidate.ruleBase().version())
                .with("scenarioFileProblems", report.fileProblems())
                .with("failedScenarios", report.failed().stream().map(RuleSetActivations::failure).toList());
    }

    static Map<String, Object> failure(ScenarioResult result) {
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("name", result.scenario().name());
        failure.put("file", result.scenario().file());
        failure.put("failures", result.failures());
        if (result.result() != null) {
            failure.put("outcome", result.result().outcome());
            failure.put("riskLevel", result.result().riskLevel());
            failure.put("riskPoints", result.result().riskPoints());
            failure.put("findings", result.result().findings().stream().map(Finding::code).toList());
        }
        failure.put("firedRules", result.firedRules());
        return failure;
    }
}
