package com.merchantonboarding.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookRepository extends JpaRepository<Webhook, UUID> {

    List<Webhook> findByMerchantIdAndDeletedAtIsNull(UUID merchantId);

    Optional<Webhook> findByIdAndMerchantIdAndDeletedAtIsNull(UUID id, UUID merchantId);

    List<Webhook> findByMerchantIdAndDeletedAtIsNullOrderByCreatedAtAsc(UUID merchantId);

    long countByMerchantIdAndDeletedAtIsNull(UUID merchantId);
}
