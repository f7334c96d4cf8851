package com.merchantonboarding.merchant;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantRepository extends JpaRepository<Merchant, UUID> {

    Optional<Merchant> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);
}
