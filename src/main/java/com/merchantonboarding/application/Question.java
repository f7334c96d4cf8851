package com.merchantonboarding.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A merchant's question about the changes requested on a revision, and the officer's answer. Guards its own
 * state: a question is answered or closed once. Who answered is kept for the record and never shown to the merchant.
 */
@Entity
@Table(name = "application_question")
public class Question {

    /** OPEN until an officer answers it, or CLOSED without an answer when the case ended first. */
    public enum State { OPEN, ANSWERED, CLOSED }

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private int revision;
    private String requirement;
    private String question;
    @Column(name = "asked_at")
    private Instant askedAt;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "task_id")
    private String taskId;
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected Question() {
    }

    Question(UUID applicationId, int revision, String requirement, String question, Instant askedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.revision = revision;
        this.requirement = requirement;
        this.question = question;
        this.askedAt = askedAt;
        this.state = State.OPEN;
    }

    void assignTask(String taskId) {
        this.taskId = taskId;
    }

    void answer(String text, String officer, Instant now) {
        if (state != State.OPEN) {
            throw new IllegalStateException("Question " + id + " is " + state + " and cannot be answered");
        }
        this.answer = text;
        this.answeredBy = officer;
        this.answeredAt = now;
        this.state = State.ANSWERED;
    }

    /** @return whether it was open (an answered question stays answered) */
    boolean close(Instant now) {
        if (state != State.OPEN) {
            return false;
        }
        this.state = State.CLOSED;
        this.closedAt = now;
        return true;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public int getRevision() {
        return revision;
    }

    public String getRequirement() {
        return requirement;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public State getState() {
        return state;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
