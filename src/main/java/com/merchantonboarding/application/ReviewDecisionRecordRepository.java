package com.merchantonboarding.application;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewDecisionRecordRepository extends JpaRepository<ReviewDecisionRecord, UUID> {

    Optional<ReviewDecisionRecord> findFirstByApplicationIdAndRevisionAndTaskDefinitionKeyOrderByDecidedAtDesc(
            UUID applicationId, int revision, String taskDefinitionKey);
}
