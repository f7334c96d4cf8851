package com.merchantonboarding.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A question and its answer as the merchant sees them (API and portal): never who answered. {@code requirement} is
 * the requested item the question is about, or null for the request as a whole; {@code state} is {@code OPEN},
 * {@code ANSWERED} or {@code CLOSED} (the case ended before an answer).
 */
public record QuestionView(UUID id, int revision, String requirement, String question, Instant askedAt, String state,
                           String answer, Instant answeredAt) {

    static QuestionView of(Question q) {
        return new QuestionView(q.getId(), q.getRevision(), q.getRequirement(), q.getQuestion(), q.getAskedAt(),
                q.getState().name(), q.getAnswer(), q.getAnsweredAt());
    }
}
