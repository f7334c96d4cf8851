package com.merchantonboarding.paymentissue;

import com.merchantonboarding.common.ApiException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.http.HttpStatus;

/**
 * A customer's payment problem as a live merchant reported it, and what became of it. Every state change is
 * guarded here, leaves a line in the history and publishes {@link PaymentIssueStatusChanged}.
 */
@Entity
@Table(name = "payment_issue")
public class PaymentIssue extends AbstractAggregateRoot<PaymentIssue> {

    @Id
    private UUID id;
    private String reference;
    @Column(name = "merchant_id")
    private UUID merchantId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    private PaymentIssueKind kind;
    private String provider;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String amount;
    private String currency;
    @Column(name = "payment_reference")
    private String paymentReference;
    private String description;
    @Enumerated(EnumType.STRING)
    private PaymentIssueStatus status;
    @Column(name = "check_round")
    private int checkRound;
    @Convert(converter = CheckFindingsConverter.class)
    @Column(name = "findings_json")
    private List<CheckFinding> findings = new ArrayList<>();
    @Column(name = "respond_by")
    private Instant respondBy;
    @Column(name = "duplicate_of")
    private UUID duplicateOf;
    @Column(name = "provider_case_reference")
    private String providerCaseReference;
    private String explanation;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "payment_issue_id", insertable = false, updatable = false)
    @OrderBy("occurredAt asc")
    private List<PaymentIssueEvent> history = new ArrayList<>();

    protected PaymentIssue() {
    }

    /** What the merchant declares; checked for form by the API, for substance by the rules. */
    public record Report(PaymentIssueKind kind, String provider, Instant occurredAt, String amount, String currency,
                         String paymentReference, String description) {
    }

    PaymentIssue(UUID id, String reference, UUID merchantId, UUID applicationId, Report report, Instant now) {
        this.id = id;
        this.reference = reference;
        this.merchantId = merchantId;
        this.applicationId = applicationId;
        this.kind = report.kind();
        this.provider = report.provider();
        this.occurredAt = report.occurredAt();
        this.amount = report.amount();
        this.currency = report.currency();
        this.paymentReference = blankToNull(report.paymentReference());
        this.description = blankToNull(report.description());
        this.createdAt = now;
        moveTo(PaymentIssueStatus.RECEIVED, PaymentIssueActor.MERCHANT, now);
    }

    /** The checks ran: the findings are kept whatever the outcome. */
    void checked(List<CheckFinding> found, Instant now) {
        checkRound++;
        findings = new ArrayList<>(found);
        updatedAt = now;
    }

    void markDuplicateOf(UUID earlier) {
        this.duplicateOf = earlier;
    }

    void requireInformation(Instant deadline, Instant now) {
        if (status == PaymentIssueStatus.INFORMATION_REQUIRED) {
            return;
        }
        requireOpen();
        respondBy = deadline;
        moveTo(PaymentIssueStatus.INFORMATION_REQUIRED, PaymentIssueActor.SYSTEM, now);
    }

    /** The merchant supplies what was asked for; a field left out keeps its value. */
    void supply(String newPaymentReference, Instant newOccurredAt, String newAmount, Instant now) {
        if (status != PaymentIssueStatus.INFORMATION_REQUIRED) {
            throw ApiException.conflict("Information can be supplied only while the report is INFORMATION_REQUIRED; "
                    + "it is " + status + ".");
        }
        if (newPaymentReference != null && !newPaymentReference.isBlank()) {
            paymentReference = newPaymentReference.strip();
        }
        if (newOccurredAt != null) {
            occurredAt = newOccurredAt;
        }
        if (newAmount != null) {
            amount = newAmount;
        }
        respondBy = null;
        moveTo(PaymentIssueStatus.RECEIVED, PaymentIssueActor.MERCHANT, now);
    }

    /** Evidence may be added until support decided. */
    void requireEvidenceAllowed() {
        if (status.isFinal()) {
            throw ApiException.conflict("The report is " + status + "; evidence can no longer be added.");
        }
    }

    void markInReview(Instant now) {
        if (status == PaymentIssueStatus.IN_REVIEW) {
            return;
        }
        requireOpen();
        moveTo(PaymentIssueStatus.IN_REVIEW, PaymentIssueActor.SYSTEM, now);
    }

    void reject(Instant now) {
        if (status == PaymentIssueStatus.REJECTED) {
            return;
        }
        requireOpen();
        moveTo(PaymentIssueStatus.REJECTED, PaymentIssueActor.SYSTEM, now);
    }

    void expire(Instant now) {
        if (status == PaymentIssueStatus.EXPIRED) {
            return;
        }
        requireOpen();
        respondBy = null;
        moveTo(PaymentIssueStatus.EXPIRED, PaymentIssueActor.SYSTEM, now);
    }

    /** Support's outcome; what each needs is checked before (PaymentIssueResolution). */
    void resolve(PaymentIssueStatus outcome, String providerReference, String explanationForCustomer, String by,
                 Instant now) {
        if (status == outcome) {
            return;
        }
        if (!PaymentIssueStatus.RESOLUTIONS.contains(outcome)) {
            throw new IllegalArgumentException("Not a resolution: " + outcome);
        }
        requireOpen();
        providerCaseReference = blankToNull(providerReference);
        explanation = blankToNull(explanationForCustomer);
        resolvedBy = by;
        resolvedAt = now;
        moveTo(outcome, PaymentIssueActor.SUPPORT, now);
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw new ApiException(HttpStatus.CONFLICT, "invalid-status", "Not allowed in this status",
                    "The report " + reference + " is already " + status + ".");
        }
    }

    private void moveTo(PaymentIssueStatus next, PaymentIssueActor actor, Instant now) {
        status = next;
        updatedAt = now;
        history.add(new PaymentIssueEvent(id, next, actor, now));
        List<PaymentIssueStatusChanged.Missing> missing = next == PaymentIssueStatus.INFORMATION_REQUIRED
                ? findings.stream().map(f -> new PaymentIssueStatusChanged.Missing(f.requirement(), f.code(), f.detail()))
                        .toList()
                : List.of();
        registerEvent(new PaymentIssueStatusChanged(id, merchantId, applicationId, reference, kind, provider, next,
                checkRound, missing, providerCaseReference, explanation, respondBy, now));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public UUID getMerchantId() {
        return merchantId;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public PaymentIssueKind getKind() {
        return kind;
    }

    public String getProvider() {
        return provider;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getDescription() {
        return description;
    }

    public PaymentIssueStatus getStatus() {
        return status;
    }

    public int getCheckRound() {
        return checkRound;
    }

    public List<CheckFinding> getFindings() {
        return List.copyOf(findings);
    }

    public Instant getRespondBy() {
        return respondBy;
    }

    public UUID getDuplicateOf() {
        return duplicateOf;
    }

    public String getProviderCaseReference() {
        return providerCaseReference;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<PaymentIssueEvent> getHistory() {
        return List.copyOf(history);
    }
}
