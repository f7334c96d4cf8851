package com.merchantonboarding.application;

import com.merchantonboarding.common.ApiException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A merchant's application: the working copy of the declared data, its status and what the
 * process decided. Every state change is guarded here and leaves a line in the history.
 * Submitted revisions are kept apart as immutable {@link ApplicationRevision}s.
 */
@Entity
@Table(name = "application")
public class Application extends AbstractAggregateRoot<Application> {

    public static final int MAX_VERIFICATION_ATTEMPTS = 3;

    @Id
    private UUID id;
    @Column(name = "merchant_id")
    private UUID merchantId;
    private String reference;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private int revision;
    @Convert(converter = ApplicationDataConverter.class)
    @Column(name = "data_json")
    private ApplicationData data;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "respond_by")
    private Instant respondBy;
    @Column(name = "officer_message")
    private String officerMessage;
    @Column(name = "decision_outcome")
    private String decisionOutcome;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "risk_level")
    private String riskLevel;
    @Column(name = "deposit_amount_1")
    private String depositAmount1;
    @Column(name = "deposit_amount_2")
    private String depositAmount2;
    @Column(name = "verification_attempts")
    private int verificationAttempts;
    @Column(name = "wallet_status")
    private String walletStatus;
    @Column(name = "wallet_qr_payload")
    private String walletQrPayload;
    @Column(name = "wallet_link_base")
    private String walletLinkBase;
    @Column(name = "wallet_activated_at")
    private Instant walletActivatedAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, fetch = jakarta.persistence.FetchType.EAGER)
    @JoinColumn(name = "application_id", updatable = false, insertable = false)
    @OrderBy("occurredAt ASC")
    private List<ApplicationEvent> history = new ArrayList<>();

    protected Application() {
    }

    Application(UUID merchantId, String reference, ApplicationData data, Instant now) {
        this.id = UUID.randomUUID();
        this.merchantId = merchantId;
        this.reference = reference;
        this.status = ApplicationStatus.DRAFT;
        this.revision = 1;
        this.data = data == null ? ApplicationData.empty() : data;
        this.createdAt = now;
        this.updatedAt = now;
        record(ApplicationStatus.DRAFT, Actor.MERCHANT, now);
    }

    void update(ApplicationData newData, Instant now) {
        requireEditable("change the application");
        this.data = newData == null ? ApplicationData.empty() : newData;
        this.updatedAt = now;
    }

    /** Whether this submission is a resubmission (the process is waiting for it). */
    boolean isResubmission() {
        return status == ApplicationStatus.CHANGES_REQUESTED;
    }

    /** Submits the working copy; a resubmission opens the next revision. */
    int submit(Instant now) {
        if (!status.isEditable()) {
            throw ApiException.conflict("An application in status " + status + " cannot be submitted.");
        }
        if (status == ApplicationStatus.CHANGES_REQUESTED) {
            revision++;
        }
        submittedAt = now;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        respondBy = null;
        officerMessage = null;
        moveTo(ApplicationStatus.SUBMITTED, Actor.MERCHANT, now);
        return revision;
    }

    public void markInReview(Instant now) {
        if (status == ApplicationStatus.SUBMITTED) {
            moveTo(ApplicationStatus.IN_REVIEW, Actor.SYSTEM, now);
        }
    }

    public void requestChanges(Instant deadline, Actor actor, Instant now) {
        if (status == ApplicationStatus.CHANGES_REQUESTED) {
            return;
        }
        requireActive();
        respondBy = deadline;
        moveTo(ApplicationStatus.CHANGES_REQUESTED, actor, now);
    }

    public void recordOfficerMessage(String message) {
        this.officerMessage = message;
    }

    public void reject(Actor actor, Instant now) {
        if (status == ApplicationStatus.REJECTED) {
            return;
        }
        requireActive();
        decisionOutcome = "REJECTED";
        decidedAt = now;
        moveTo(ApplicationStatus.REJECTED, actor, now);
    }

    /** Compliance passed: the bank account is to be verified with these two micro-deposits. */
    public void approve(String amount1, String amount2, Actor actor, Instant now) {
        if (status == ApplicationStatus.APPROVED) {
            return;
        }
        requireActive();
        decisionOutcome = "APPROVED";
        decidedAt = now;
        depositAmount1 = amount1;
        depositAmount2 = amount2;
        verificationAttempts = 0;
        moveTo(ApplicationStatus.APPROVED, actor, now);
    }

    /** The merchant's confirmation of the two amounts; true when they match (in any order). */
    boolean confirmDeposits(List<String> amounts, Instant now) {
        if (status != ApplicationStatus.APPROVED) {
            throw ApiException.conflict("The bank account can be verified only in status APPROVED; it is " + status + ".");
        }
        if (verificationAttempts >= MAX_VERIFICATION_ATTEMPTS) {
            throw ApiException.conflict("No verification attempts are left.");
        }
        updatedAt = now;
        List<String> expected = List.of(depositAmount1, depositAmount2);
        boolean matches = amounts.size() == 2 && normalizedSorted(amounts).equals(normalizedSorted(expected));
        if (!matches) {
            verificationAttempts++;
        }
        return matches;
    }

    int attemptsLeft() {
        return Math.max(0, MAX_VERIFICATION_ATTEMPTS - verificationAttempts);
    }

    public void activateWallet(String qrPayload, String linkBase, Instant now) {
        if (status == ApplicationStatus.LIVE) {
            return;
        }
        if (status != ApplicationStatus.APPROVED) {
            throw new IllegalStateException("Only an approved application can go live, not " + status);
        }
        walletStatus = "ACTIVE";
        walletQrPayload = qrPayload;
        walletLinkBase = linkBase;
        walletActivatedAt = now;
        moveTo(ApplicationStatus.LIVE, Actor.SYSTEM, now);
    }

    public void expire(Instant now) {
        if (status == ApplicationStatus.CHANGES_REQUESTED) {
            moveTo(ApplicationStatus.EXPIRED, Actor.SYSTEM, now);
        }
    }

    void withdraw(Instant now) {
        if (status == ApplicationStatus.WITHDRAWN) {
            return;
        }
        requireActive();
        moveTo(ApplicationStatus.WITHDRAWN, Actor.MERCHANT, now);
    }

    public void recordRiskLevel(String level) {
        this.riskLevel = level;
    }

    private void requireEditable(String action) {
        if (!status.isEditable()) {
            throw ApiException.conflict("You cannot " + action + " in status " + status
                    + "; only in DRAFT or CHANGES_REQUESTED.");
        }
    }

    private void requireActive() {
        if (status.isFinal()) {
            throw ApiException.conflict("The application is already " + status + ".");
        }
    }

    private void moveTo(ApplicationStatus next, Actor actor, Instant now) {
        status = next;
        updatedAt = now;
        record(next, actor, now);
    }

    private void record(ApplicationStatus reached, Actor actor, Instant now) {
        history.add(new ApplicationEvent(id, revision, reached, actor, now));
        registerEvent(new StatusChanged(id, merchantId, reference, reached, revision, actor, now));
    }

    private static List<String> normalizedSorted(List<String> amounts) {
        return amounts.stream()
                .map(a -> a == null ? "" : a.trim())
                .map(a -> {
                    try {
                        return new java.math.BigDecimal(a).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
                    } catch (ArithmeticException | NumberFormatException e) {
                        return "invalid:" + a;
                    }
                })
                .sorted()
                .toList();
    }

    public UUID getId() {
        return id;
    }

    public UUID getMerchantId() {
        return merchantId;
    }

    public String getReference() {
        return reference;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public ApplicationData getData() {
        return data;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** The first submission; {@link #getSubmittedAt()} is the latest. */
    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getRespondBy() {
        return respondBy;
    }

    public String getOfficerMessage() {
        return officerMessage;
    }

    public String getDecisionOutcome() {
        return decisionOutcome;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public String getWalletStatus() {
        return walletStatus;
    }

    public String getWalletQrPayload() {
        return walletQrPayload;
    }

    public String getWalletLinkBase() {
        return walletLinkBase;
    }

    public List<ApplicationEvent> getHistory() {
        return List.copyOf(history);
    }
}
