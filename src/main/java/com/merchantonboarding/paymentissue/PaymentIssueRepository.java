package com.merchantonboarding.paymentissue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentIssueRepository extends JpaRepository<PaymentIssue, UUID> {

    List<PaymentIssue> findByMerchantIdOrderByCreatedAtDesc(UUID merchantId);

    Optional<PaymentIssue> findByIdAndMerchantId(UUID id, UUID merchantId);

    /** Earlier reports of the same payment, for the duplicate check. */
    List<PaymentIssue> findByMerchantIdAndProviderAndPaymentReferenceAndIdNot(UUID merchantId, String provider,
                                                                            String paymentReference, UUID id);
}
