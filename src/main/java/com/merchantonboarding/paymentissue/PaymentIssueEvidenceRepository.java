package com.merchantonboarding.paymentissue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentIssueEvidenceRepository extends JpaRepository<PaymentIssueEvidence, UUID> {

    List<PaymentIssueEvidence> findByPaymentIssueIdOrderByUploadedAtAsc(UUID paymentIssueId);

    long countByPaymentIssueId(UUID paymentIssueId);

    Optional<PaymentIssueEvidence> findByIdAndPaymentIssueId(UUID id, UUID paymentIssueId);
}
