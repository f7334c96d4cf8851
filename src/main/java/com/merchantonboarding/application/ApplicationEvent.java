package com.merchantonboarding.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of an application's history: a status reached, by whom, when. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private int revision;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    @Enumerated(EnumType.STRING)
    private Actor actor;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected ApplicationEvent() {
    }

    ApplicationEvent(UUID applicationId, int revision, ApplicationStatus status, Actor actor, Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.revision = revision;
        this.status = status;
        this.actor = actor;
        this.occurredAt = at;
    }

    public int getRevision() {
        return revision;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Actor getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
