package com.merchantonboarding.screening;

import com.merchantonboarding.documents.DocumentEvidence;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.screening.facts.ApplicationFacts;
import com.merchantonboarding.screening.facts.DocumentFacts;
import com.merchantonboarding.screening.facts.RiskAssessment;
import com.merchantonboarding.screening.facts.RuleFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Service;

/**
 * Runs the rule set over one application: facts in, findings out, then the routing of
 * {@code spec/reason-codes.md}. Each call takes one {@link RuleBase} and keeps it to the end, and opens a
 * short-lived session of its own (from the rule base's pool), so calls run concurrently and a reload
 * never changes an evaluation half-way.
 */
@Service
public class ScreeningService {

    /** More rule firings than this for one application means rules that feed each other without end. */
    private static final int MAX_FIRINGS = 10_000;

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::requirement, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::code)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::detail, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final RuleBaseHolder ruleBases;

    public ScreeningService(RuleBaseHolder ruleBases) {
        this.ruleBases = ruleBases;
    }

    /** Screens with the rule set in use. */
    public ScreeningResult screen(ApplicationData data, List<DocumentEvidence> documents) {
        return evaluate(ruleBases.current(), data, documents);
    }

    /** Screens with a given rule set (a candidate an analyst simulates before reloading, for example). */
    public ScreeningResult screen(RuleBase ruleBase, ApplicationData data, List<DocumentEvidence> documents) {
        return evaluate(ruleBase, data, documents);
    }

    static ScreeningResult evaluate(RuleBase ruleBase, ApplicationData data, List<DocumentEvidence> documents) {
        return evaluate(ruleBase, data, documents, null);
    }

    /**
     * Screens with a given rule set and reports the name of each rule as it fires (analysts' scenarios show
     * which rules fired; coverage counts them). Slower than {@link #screen}: not for the process.
     */
    public static ScreeningResult evaluate(RuleBase ruleBase, ApplicationData data, List<DocumentEvidence> documents,
            Consumer<String> firedRules) {
        ApplicationFacts application = ApplicationFacts.of(data);
        PolicyTables tables = ruleBase.tables();
        List<RuleFinding> raised = new ArrayList<>();
        List<RiskAssessment> assessments = new ArrayList<>(1);

        KieSession session = ruleBase.sessions().newKieSession();
        AgendaEventListener listener = firedRules == null ? null : new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firedRules.accept(event.getMatch().getRule().getName());
            }
        };
        try {
            if (listener != null) {
                session.addEventListener(listener);
            }
            session.insert(application);
            session.insert(ruleBase.thresholds());
            if (documents != null) {
                for (DocumentEvidence document : documents) {
                    if (document != null && document.type() != null) {
                        session.insert(DocumentFacts.of(document));
                    }
                }
            }
            // Only the table rows this application touches: the rules treat a missing row as "not in the table".
            tables.category(application.getMerchantCategoryCode()).ifPresent(session::insert);
            tables.country(application.getCountry()).ifPresent(session::insert);
            for (String provider : application.getWalletProviders()) {
                tables.availability(provider, application.getCountry()).ifPresent(session::insert);
            }
            tables.rate(application.getExpectedMonthlyVolumeCurrency()).ifPresent(session::insert);
            tables.pilotRegistrationNumber(application.getRegistrationNumber()).ifPresent(session::insert);

            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("Rules " + ruleBase.version() + " fired " + fired + " times: a rule loop?");
            }
            for (Object fact : session.getObjects()) {
                if (fact instanceof RuleFinding finding) {
                    raised.add(finding);
                } else if (fact instanceof RiskAssessment assessment) {
                    assessments.add(assessment);
                }
            }
        } finally {
            if (listener != null) {
                // Pooled sessions are reused: a listener left behind would report another evaluation's rules.
                session.removeEventListener(listener);
            }
            session.dispose();
        }

        if (assessments.size() != 1) {
            throw new IllegalStateException("Rules " + ruleBase.version() + " settled on " + assessments.size()
                    + " risk levels instead of one: " + assessments);
        }
        RiskAssessment risk = assessments.get(0);
        List<Finding> findings = findings(ruleBase, raised);
        ScreeningOutcome outcome = outcome(findings, risk.getLevel(), ruleBase.settings().automaticLowRiskApproval());
        return new ScreeningResult(outcome, risk.getLevel(), risk.getPoints(), findings, ruleBase.version());
    }

    private static List<Finding> findings(RuleBase ruleBase, List<RuleFinding> raised) {
        ReasonCodes codes = ruleBase.reasonCodes();
        Set<Finding> findings = new LinkedHashSet<>();
        for (RuleFinding finding : raised) {
            if (!codes.contains(finding.getCode())) {
                throw new IllegalStateException("Rule " + finding.getRuleId() + " raised " + finding.getCode()
                        + ", which is not in " + RuleBaseLoader.REASON_CODES);
            }
            findings.add(new Finding(finding.getCode(), finding.getRequirement(), codes.severity(finding.getCode()),
                    finding.getRuleId(), finding.getDetail()));
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(MOST_SEVERE_FIRST);
        return sorted;
    }

    /** spec/reason-codes.md: REJECT, else CHANGES_REQUIRED, else REVIEW (a finding or risk), else the approval switch. */
    static ScreeningOutcome outcome(List<Finding> findings, RiskLevel riskLevel, boolean automaticLowRiskApproval) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.REJECT)) {
            return ScreeningOutcome.REJECT;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.CHANGES_REQUIRED)) {
            return ScreeningOutcome.CHANGES_REQUIRED;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.REVIEW) || riskLevel != RiskLevel.LOW) {
            return ScreeningOutcome.REVIEW;
        }
        return automaticLowRiskApproval ? ScreeningOutcome.APPROVE : ScreeningOutcome.REVIEW;
    }
}
