package com.merchantonboarding.screening;

import com.merchantonboarding.screening.facts.PolicyThresholds;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled, immutable rule set: the Drools {@link KieBase}, the analysts' tables, the reason codes and
 * the policy settings, all read from one {@link RuleSource} at one moment. Shared by every evaluation
 * until a reload replaces it; an evaluation keeps the instance it started with.
 */
public final class RuleBase {

    /** Initial size of the session pool; it grows under load. */
    private static final int SESSION_POOL_SIZE = 4;

    private final String version;
    private final String contentHash;
    private final RuleSource source;
    private final SortedMap<String, byte[]> files;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final PolicyTables tables;
    private final ReasonCodes reasonCodes;
    private final PolicySettings settings;
    private final PolicyThresholds thresholds;
    private final Set<String> emittedCodes;
    private final Instant loadedAt;

    RuleBase(String version, String contentHash, RuleSource source, SortedMap<String, byte[]> files, KieBase kieBase,
            PolicyTables tables, ReasonCodes reasonCodes, PolicySettings settings, Set<String> emittedCodes,
            Instant loadedAt) {
        this.version = version;
        this.contentHash = contentHash;
        this.source = source;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(SESSION_POOL_SIZE);
        this.tables = tables;
        this.reasonCodes = reasonCodes;
        this.settings = settings;
        this.thresholds = settings.thresholds();
        this.emittedCodes = Set.copyOf(emittedCodes);
        this.loadedAt = loadedAt;
    }

    /**
     * {@code label@hash}: the label of {@code policy.properties} and the first 12 hex digits of a SHA-256
     * over every file (sorted by relative path; path and bytes of each). Any edit changes it.
     */
    public String version() {
        return version;
    }

    public String label() {
        return settings.label();
    }

    /** The whole SHA-256 (64 hex digits) of which {@link #version()} shows the first 12. */
    public String contentHash() {
        return contentHash;
    }

    public RuleSource source() {
        return source;
    }

    /** The relative paths of the files the version covers (every file of the source but the scenarios). */
    public List<String> files() {
        return List.copyOf(files.keySet());
    }

    /** The bytes of each file the version covers, by relative path: what an audit needs to replay a decision. */
    public SortedMap<String, byte[]> fileContents() {
        SortedMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(path, bytes.clone()));
        return copy;
    }

    /** The names of every rule of the compiled DRL, sorted. */
    public Set<String> ruleNames() {
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                names.add(rule.getName());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public PolicyTables tables() {
        return tables;
    }

    public ReasonCodes reasonCodes() {
        return reasonCodes;
    }

    public PolicySettings settings() {
        return settings;
    }

    /** The codes that the DRL files insert findings with (read from their text when loading). */
    public Set<String> emittedCodes() {
        return emittedCodes;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    PolicyThresholds thresholds() {
        return thresholds;
    }

    KieSessionsPool sessions() {
        return sessions;
    }

    @Override
    public String toString() {
        return "RuleBase[" + version + " from " + source.description() + "]";
    }
}
