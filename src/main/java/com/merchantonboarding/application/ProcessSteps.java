package com.merchantonboarding.application;

import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.process.ProcessSettings;
import com.merchantonboarding.screening.Finding;
import com.merchantonboarding.screening.ScreeningResult;
import com.merchantonboarding.screening.ScreeningService;
import com.merchantonboarding.screening.Severity;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the onboarding process does to an application, one method per step. The BPMN delegates are
 * thin adapters over these; each step is idempotent, because a job may run twice.
 */
@Service
public class ProcessSteps {

    private static final Logger log = LoggerFactory.getLogger(ProcessSteps.class);
    static final String SANCTIONS_NOT_SCREENED = "SANCTIONS_NOT_SCREENED";

    private final ApplicationRepository applications;
    private final ApplicationRevisionRepository revisions;
    private final RecordedFindingRepository findings;
    private final ScreeningRecordRepository screenings;
    private final ReviewDecisionRecordRepository decisions;
    private final Documents documents;
    private final ScreeningService screening;
    private final ProcessSettings settings;
    private final WalletProperties wallet;
    private final ApplicationMetrics metrics;
    private final SecureRandom random = new SecureRandom();

    ProcessSteps(ApplicationRepository applications, ApplicationRevisionRepository revisions,
                 RecordedFindingRepository findings, ScreeningRecordRepository screenings,
                 ReviewDecisionRecordRepository decisions, Documents documents,
                 ScreeningService screening, ProcessSettings settings, WalletProperties wallet,
                 ApplicationMetrics metrics) {
        this.decisions = decisions;
        this.metrics = metrics;
        this.applications = applications;
        this.revisions = revisions;
        this.findings = findings;
        this.screenings = screenings;
        this.documents = documents;
        this.screening = screening;
        this.settings = settings;
        this.wallet = wallet;
    }

    /** The application's current revision (the last submitted or being edited), empty when there is no application. */
    @Transactional(readOnly = true)
    public Optional<Integer> currentRevision(UUID applicationId) {
        return applications.findById(applicationId).map(Application::getRevision);
    }

    /** Inspects every document of the revision not inspected before (a document is inspected once). */
    @Transactional
    public void inspectDocuments(UUID applicationId, int revision) {
        documents.inspect(revision(applicationId, revision).getDocumentIds());
    }

    /** Runs the rules over the revision, stores every finding with the rule-set version, returns the result. */
    @Transactional
    public ScreeningResult screen(UUID applicationId, int revision) {
        ApplicationRevision submitted = revision(applicationId, revision);
        ScreeningResult result = screening.screen(submitted.getData(),
                documents.evidence(submitted.getDocumentIds()));
        Instant now = Clocks.now();
        findings.deleteByApplicationIdAndRevisionAndSource(applicationId, revision, RecordedFinding.Source.SCREENING);
        for (Finding f : result.findings()) {
            findings.save(new RecordedFinding(applicationId, revision, RecordedFinding.Source.SCREENING, f.code(),
                    f.requirement(), f.severity(), f.ruleId(), result.ruleSetVersion(), f.detail(), null, null, now));
        }
        screenings.save(new ScreeningRecord(applicationId, revision, result.outcome().name(),
                result.riskLevel().name(), result.riskPoints(), result.ruleSetVersion(), now));
        Application application = application(applicationId);
        application.recordRiskLevel(result.riskLevel().name());
        applications.save(application);
        metrics.routed(application.getSubmittedAt(), result.outcome());
        log.info("Application {} revision {} screened with rule set {}: {} ({} risk, {} findings)", applicationId,
                revision, result.ruleSetVersion(), result.outcome(), result.riskLevel(), result.findings().size());
        return result;
    }

    @Transactional
    public void markInReview(UUID applicationId) {
        change(applicationId, a -> a.markInReview(Clocks.now()));
    }

    @Transactional
    public void requestChanges(UUID applicationId, Actor actor) {
        Instant now = Clocks.now();
        change(applicationId, a -> a.requestChanges(now.plus(settings.resubmissionWindowDuration()), actor, now));
    }

    @Transactional
    public void reject(UUID applicationId, Actor actor) {
        change(applicationId, a -> a.reject(actor, Clocks.now()));
    }

    @Transactional
    public void approve(UUID applicationId, Actor actor) {
        String[] amounts = depositAmounts();
        change(applicationId, a -> a.approve(amounts[0], amounts[1], actor, Clocks.now()));
    }

    /** Records that the bank account could not be verified, as a requirement for the merchant. */
    @Transactional
    public void failBankVerification(UUID applicationId, int revision) {
        String detail = application(applicationId).attemptsLeft() == 0
                ? "The micro-deposit amounts were wrong three times"
                : "The micro-deposits were not confirmed before the deadline";
        boolean recorded = findings.findByApplicationIdAndRevisionOrderByCreatedAtAsc(applicationId, revision).stream()
                .anyMatch(f -> f.getCode().equals("BANK_ACCOUNT_VERIFICATION_FAILED"));
        if (!recorded) {
            findings.save(new RecordedFinding(applicationId, revision, RecordedFinding.Source.SYSTEM,
                    "BANK_ACCOUNT_VERIFICATION_FAILED", "bankAccount.accountNumber", Severity.CHANGES_REQUIRED,
                    "BankVerification", null, detail, null, null, Clocks.now()));
        }
    }

    /** For officers only (the code is not a merchant reason code): no sanctions list was consulted. */
    @Transactional
    public void recordSanctionsNotScreened(UUID applicationId, int revision) {
        boolean recorded = findings.findByApplicationIdAndRevisionOrderByCreatedAtAsc(applicationId, revision).stream()
                .anyMatch(f -> f.getCode().equals(SANCTIONS_NOT_SCREENED));
        if (!recorded) {
            findings.save(new RecordedFinding(applicationId, revision, RecordedFinding.Source.SYSTEM,
                    SANCTIONS_NOT_SCREENED, null, Severity.INFO, "SanctionsScreening", null,
                    "Not screened against sanctions lists: no list is connected yet", null, null, Clocks.now()));
        }
    }

    @Transactional
    public void activateWallet(UUID applicationId) {
        change(applicationId, a -> a.activateWallet(wallet.qrPayloadPrefix() + a.getReference(),
                wallet.paymentLinkBase() + a.getReference(), Clocks.now()));
    }

    @Transactional
    public void expire(UUID applicationId) {
        change(applicationId, a -> a.expire(Clocks.now()));
    }

    @Transactional
    public void markWithdrawn(UUID applicationId) {
        change(applicationId, a -> a.withdraw(Clocks.now()));
    }

    /** One change an officer asks of the merchant. */
    public record RequestedChange(String requirement, String code, String message) {
    }

    /**
     * Records an officer's decision on a revision: who decided (for four eyes), the overall message and what the
     * merchant must change.
     */
    @Transactional
    public void recordOfficerDecision(UUID applicationId, int revision, String decision, String comment,
                                      java.util.List<RequestedChange> changes, java.util.List<String> rejectionReasons,
                                      String ruleId, String taskId, String reviewer) {
        Instant now = Clocks.now();
        decisions.save(new ReviewDecisionRecord(applicationId, revision, ruleId, taskId, decision, reviewer, now));
        findings.deleteByApplicationIdAndRevisionAndSource(applicationId, revision, RecordedFinding.Source.OFFICER);
        if ("REQUEST_CHANGES".equals(decision)) {
            for (RequestedChange change : changes) {
                findings.save(new RecordedFinding(applicationId, revision, RecordedFinding.Source.OFFICER,
                        change.code(), change.requirement(), Severity.CHANGES_REQUIRED, ruleId, null, null,
                        change.message(), null, now));
            }
        } else if ("REJECT".equals(decision)) {
            for (String reason : rejectionReasons.isEmpty() ? java.util.List.of("APPLICATION_NOT_SUPPORTED")
                    : rejectionReasons) {
                findings.save(new RecordedFinding(applicationId, revision, RecordedFinding.Source.OFFICER,
                        reason, null, Severity.REJECT, ruleId, null, comment, null, null, now));
            }
        }
        Application application = application(applicationId);
        application.recordOfficerMessage("APPROVE".equals(decision) ? null : comment);
        applications.save(application);
    }

    /** Who completed the given review task of the revision last, from the record of decisions. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> reviewer(UUID applicationId, int revision, String taskDefinitionKey) {
        return decisions.findFirstByApplicationIdAndRevisionAndTaskDefinitionKeyOrderByDecidedAtDesc(applicationId,
                revision, taskDefinitionKey).map(ReviewDecisionRecord::getReviewer);
    }

    /** Whether screening rated the application high risk: the record, not a variable anyone could set. */
    @Transactional(readOnly = true)
    public boolean isHighRisk(UUID applicationId) {
        return "HIGH".equals(application(applicationId).getRiskLevel());
    }

    @Transactional(readOnly = true)
    public Application application(UUID applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("No application " + applicationId));
    }

    private ApplicationRevision revision(UUID applicationId, int revision) {
        return revisions.findByApplicationIdAndRevision(applicationId, revision)
                .orElseThrow(() -> new IllegalStateException("No revision " + revision + " of " + applicationId));
    }

    private void change(UUID applicationId, java.util.function.Consumer<Application> change) {
        Application application = application(applicationId);
        change.accept(application);
        applications.save(application);
    }

    private String[] depositAmounts() {
        if (wallet.fixedDepositAmounts()) {
            return new String[] {"0.32", "0.45"};
        }
        int first = 1 + random.nextInt(99);
        int second;
        do {
            second = 1 + random.nextInt(99);
        } while (second == first);
        return new String[] {"0.%02d".formatted(first), "0.%02d".formatted(second)};
    }
}
