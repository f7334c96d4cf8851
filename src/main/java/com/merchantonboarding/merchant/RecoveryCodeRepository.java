package com.merchantonboarding.merchant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    List<RecoveryCode> findByMerchantIdAndUsedAtIsNull(UUID merchantId);

    long countByMerchantIdAndUsedAtIsNull(UUID merchantId);

    /** Marks a code used unless it already is: 1 for the one request that used it, 0 for any other. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RecoveryCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
    int use(@Param("id") UUID id, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RecoveryCode c where c.merchantId = :merchantId")
    int deleteAllOf(@Param("merchantId") UUID merchantId);
}
