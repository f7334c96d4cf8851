package com.merchantonboarding.policy;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleSetActivationRepository extends JpaRepository<RuleSetActivation, UUID> {

    List<RuleSetActivation> findAllByOrderByActivatedAtDesc(Pageable page);
}
