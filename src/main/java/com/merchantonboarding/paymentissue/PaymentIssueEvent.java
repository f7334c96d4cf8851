package com.merchantonboarding.paymentissue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a report's history: a status reached, by whom, when. */
@Entity
@Table(name = "payment_issue_event")
public class PaymentIssueEvent {

    @Id
    private UUID id;
    @Column(name = "payment_issue_id")
    private UUID paymentIssueId;
    @Enumerated(EnumType.STRING)
    private PaymentIssueStatus status;
    @Enumerated(EnumType.STRING)
    private PaymentIssueActor actor;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected PaymentIssueEvent() {
    }

    PaymentIssueEvent(UUID paymentIssueId, PaymentIssueStatus status, PaymentIssueActor actor, Instant at) {
        this.id = UUID.randomUUID();
        this.paymentIssueId = paymentIssueId;
        this.status = status;
        this.actor = actor;
        this.occurredAt = at;
    }

    public PaymentIssueStatus getStatus() {
        return status;
    }

    public PaymentIssueActor getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
