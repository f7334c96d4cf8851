package com.merchantonboarding.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByMerchantIdOrderByUpdatedAtDesc(UUID merchantId);

    Optional<Application> findByIdAndMerchantId(UUID id, UUID merchantId);
}
