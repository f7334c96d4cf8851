package com.merchantonboarding.application;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IdempotencyRecordRepository extends JpaRepository<IdempotencyRecord, IdempotencyRecord.Key> {

    /** Gives a claim up (its request failed, or its node died); a recorded answer is never removed. */
    @Modifying
    @Query("delete from IdempotencyRecord r where r.id = :id and r.responseStatus = 0")
    int releaseClaim(@Param("id") IdempotencyRecord.Key id);
}
