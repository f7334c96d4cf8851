package com.merchantonboarding.merchant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    List<ApiKey> findByMerchantIdOrderByCreatedAtDesc(UUID merchantId);

    Optional<ApiKey> findByIdAndMerchantId(UUID id, UUID merchantId);

    List<ApiKey> findByKeyPrefix(String keyPrefix);
}
