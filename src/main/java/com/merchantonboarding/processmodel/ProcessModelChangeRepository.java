package com.merchantonboarding.processmodel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessModelChangeRepository extends JpaRepository<ProcessModelChange, UUID> {

    Optional<ProcessModelChange> findFirstByProcessDefinitionId(String processDefinitionId);

    List<ProcessModelChange> findAllByOrderByDeployedAtDesc(Limit limit);

    long countByDeployedAtGreaterThanEqual(Instant since);
}
