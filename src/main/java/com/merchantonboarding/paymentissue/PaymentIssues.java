package com.merchantonboarding.paymentissue;

import static com.merchantonboarding.paymentissue.PaymentIssueConstants.OUTCOME_INFORMATION;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.OUTCOME_REJECT;
import static com.merchantonboarding.paymentissue.PaymentIssueConstants.OUTCOME_REVIEW;

import com.merchantonboarding.application.Application;
import com.merchantonboarding.application.ApplicationRepository;
import com.merchantonboarding.application.ApplicationStatus;
import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.screening.PaymentIssueRules;
import com.merchantonboarding.screening.facts.EarlierReport;
import com.merchantonboarding.screening.facts.PaymentIssueFacts;
import com.merchantonboarding.screening.facts.RuleFinding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' payment problems: what a live merchant does (report, add evidence, supply what is missing) and the
 * steps the process takes (check, ask, close, resolve). Merchants reach only their own reports.
 */
@Service
public class PaymentIssues {

    static final int MAX_EVIDENCE = 5;
    private static final Logger log = LoggerFactory.getLogger(PaymentIssues.class);

    private final PaymentIssueRepository issues;
    private final PaymentIssueEvidenceRepository evidence;
    private final ApplicationRepository applications;
    private final PaymentIssueReferences references;
    private final PaymentIssueProcess process;
    private final PaymentIssueRules rules;
    private final PaymentIssueSettings settings;
    private final Documents documents;

    PaymentIssues(PaymentIssueRepository issues, PaymentIssueEvidenceRepository evidence,
                  ApplicationRepository applications, PaymentIssueReferences references, PaymentIssueProcess process,
                  PaymentIssueRules rules, PaymentIssueSettings settings, Documents documents) {
        this.issues = issues;
        this.evidence = evidence;
        this.applications = applications;
        this.references = references;
        this.process = process;
        this.rules = rules;
        this.settings = settings;
        this.documents = documents;
    }

    /** A file the merchant sends with a report. */
    public record Upload(String filename, byte[] bytes) {
    }

    /**
     * Records the report with its evidence and starts the process. Only a merchant whose wallet is live may report,
     * and only about a provider of that wallet.
     */
    @Transactional
    public PaymentIssue report(UUID merchantId, PaymentIssue.Report report, List<Upload> uploads) {
        Application live = liveApplication(merchantId).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT,
                "wallet-not-live", "Wallet not live",
                "Only a merchant whose wallet is live can report a customer's payment problem."));
        List<String> providers = live.getData().walletProviders().stream().map(Enum::name).toList();
        if (!providers.contains(report.provider())) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "provider-not-enabled", "Provider not enabled",
                    "Your wallet takes payments with " + String.join(", ", providers) + ", not with "
                            + report.provider() + ".").with("walletProviders", providers);
        }
        if (uploads.size() > MAX_EVIDENCE) {
            throw tooMuchEvidence();
        }
        Instant now = Clocks.now();
        if (report.occurredAt().isAfter(now)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "occurredAt: must not be in the future");
        }
        PaymentIssue issue = new PaymentIssue(UUID.randomUUID(), references.next(now), merchantId, live.getId(),
                report, now);
        issues.saveAndFlush(issue);
        for (Upload upload : uploads) {
            evidence.save(new PaymentIssueEvidence(issue.getId(), documents.storeChecked(upload.filename(),
                    upload.bytes()), now));
        }
        process.start(issue.getId());
        log.info("Payment issue {} ({}, {}) reported by merchant {}", issue.getReference(), issue.getKind(),
                issue.getProvider(), merchantId);
        return issue;
    }

    /** The wallet providers of the merchant's live wallet; empty when the wallet is not live (no report possible). */
    @Transactional(readOnly = true)
    public List<String> liveProviders(UUID merchantId) {
        return liveApplication(merchantId).map(a -> a.getData().walletProviders().stream().map(Enum::name).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<PaymentIssue> list(UUID merchantId) {
        return issues.findByMerchantIdOrderByCreatedAtDesc(merchantId);
    }

    /** The merchant's own report; another merchant's is "not found", as if it did not exist. */
    @Transactional(readOnly = true)
    public PaymentIssue get(UUID merchantId, UUID id) {
        return issues.findByIdAndMerchantId(id, merchantId)
                .orElseThrow(() -> ApiException.notFound("The payment issue"));
    }

    @Transactional(readOnly = true)
    public List<PaymentIssueEvidence> evidence(UUID paymentIssueId) {
        return evidence.findByPaymentIssueIdOrderByUploadedAtAsc(paymentIssueId);
    }

    @Transactional
    public PaymentIssueEvidence addEvidence(UUID merchantId, UUID id, Upload upload) {
        PaymentIssue issue = get(merchantId, id);
        issue.requireEvidenceAllowed();
        if (evidence.countByPaymentIssueId(id) >= MAX_EVIDENCE) {
            throw tooMuchEvidence();
        }
        return evidence.save(new PaymentIssueEvidence(id, documents.storeChecked(upload.filename(), upload.bytes()),
                Clocks.now()));
    }

    /** The bytes of one evidence file of the merchant's own report. */
    @Transactional(readOnly = true)
    public byte[] evidenceContent(UUID paymentIssueId, PaymentIssueEvidence file) {
        return documents.read(file.getStorageName());
    }

    @Transactional(readOnly = true)
    public PaymentIssueEvidence evidenceFile(UUID paymentIssueId, UUID evidenceId) {
        return evidence.findByIdAndPaymentIssueId(evidenceId, paymentIssueId)
                .orElseThrow(() -> ApiException.notFound("The evidence file"));
    }

    /** The merchant supplies what the checks asked for (evidence first, if asked); the checks run again. */
    @Transactional
    public PaymentIssue supply(UUID merchantId, UUID id, String paymentReference, Instant occurredAt, String amount) {
        PaymentIssue issue = get(merchantId, id);
        if (occurredAt != null && occurredAt.isAfter(Clocks.now())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "occurredAt: must not be in the future");
        }
        issue.supply(paymentReference, occurredAt, amount, Clocks.now());
        issues.saveAndFlush(issue);
        process.informationSupplied(id);
        return issue;
    }

    /** What the merchant sees of the report, in the language asked for. */
    @Transactional(readOnly = true)
    public PaymentIssueView view(PaymentIssue issue, java.util.Locale locale) {
        String duplicateOf = issue.getDuplicateOf() == null ? null
                : issues.findById(issue.getDuplicateOf()).map(PaymentIssue::getReference).orElse(null);
        return PaymentIssueView.of(issue, evidence(issue.getId()), duplicateOf, rules, locale);
    }

    // ----- the process's steps -----

    /** Runs the rules and keeps their findings; answers REJECT, INFORMATION or REVIEW. */
    @Transactional
    public String check(UUID id) {
        PaymentIssue issue = issue(id);
        long age = Math.max(0, Duration.between(issue.getOccurredAt(), issue.getCreatedAt()).toDays());
        PaymentIssueFacts facts = new PaymentIssueFacts(issue.getKind().name(), issue.getProvider(),
                issue.getPaymentReference(), age, (int) evidence.countByPaymentIssueId(id));
        List<PaymentIssue> earlier = issue.getPaymentReference() == null ? List.of()
                : issues.findByMerchantIdAndProviderAndPaymentReferenceAndIdNot(issue.getMerchantId(),
                        issue.getProvider(), issue.getPaymentReference(), id).stream()
                .filter(e -> e.getCreatedAt().isBefore(issue.getCreatedAt()))
                .filter(e -> e.getStatus() != PaymentIssueStatus.REJECTED && e.getStatus() != PaymentIssueStatus.EXPIRED)
                .toList();
        List<RuleFinding> found = rules.evaluate(facts, earlier.stream()
                .map(e -> new EarlierReport(e.getReference(), e.getKind().name(), e.getProvider(),
                        e.getPaymentReference(), e.getStatus().name()))
                .toList());
        issue.checked(found.stream().map(f -> new CheckFinding(f.getCode(), f.getRequirement(), f.getDetail()))
                .toList(), Clocks.now());
        String outcome = outcome(found);
        if (OUTCOME_REJECT.equals(outcome) && found.stream().anyMatch(f -> f.getCode().equals("DUPLICATE_REPORT"))) {
            earlier.stream().findFirst().ifPresent(e -> issue.markDuplicateOf(e.getId()));
        }
        issues.save(issue);
        log.info("Payment issue {} checked (round {}): {} {}", issue.getReference(), issue.getCheckRound(), outcome,
                found.stream().map(RuleFinding::getCode).toList());
        return outcome;
    }

    private String outcome(List<RuleFinding> found) {
        boolean reject = found.stream().anyMatch(f -> rules.code(f.getCode())
                .map(c -> c.outcome() == PaymentIssueRules.Outcome.REJECT).orElse(false));
        if (reject) {
            return OUTCOME_REJECT;
        }
        return found.isEmpty() ? OUTCOME_REVIEW : OUTCOME_INFORMATION;
    }

    @Transactional
    public void requestInformation(UUID id) {
        PaymentIssue issue = issue(id);
        issue.requireInformation(Clocks.now().plus(settings.informationDeadline()), Clocks.now());
        issues.save(issue);
    }

    @Transactional
    public void markInReview(UUID id) {
        PaymentIssue issue = issue(id);
        issue.markInReview(Clocks.now());
        issues.save(issue);
    }

    @Transactional
    public void reject(UUID id) {
        PaymentIssue issue = issue(id);
        issue.reject(Clocks.now());
        issues.save(issue);
    }

    @Transactional
    public void expire(UUID id) {
        PaymentIssue issue = issue(id);
        issue.expire(Clocks.now());
        issues.save(issue);
    }

    @Transactional
    public void resolve(UUID id, PaymentIssueResolution resolution, String by) {
        PaymentIssue issue = issue(id);
        issue.resolve(resolution.outcome(), resolution.providerReference(), resolution.explanation(), by, Clocks.now());
        issues.save(issue);
        log.info("Payment issue {} resolved: {}", issue.getReference(), resolution.outcome());
    }

    /** Any report, for the process and for support. */
    @Transactional(readOnly = true)
    public PaymentIssue issue(UUID id) {
        return issues.findById(id).orElseThrow(() -> new IllegalStateException("No payment issue " + id));
    }

    private Optional<Application> liveApplication(UUID merchantId) {
        return applications.findByMerchantIdOrderByUpdatedAtDesc(merchantId).stream()
                .filter(a -> a.getStatus() == ApplicationStatus.LIVE).findFirst();
    }

    private static ApiException tooMuchEvidence() {
        return new ApiException(HttpStatus.CONFLICT, "too-much-evidence", "Too much evidence",
                "A report can have at most " + MAX_EVIDENCE + " evidence files.");
    }
}
