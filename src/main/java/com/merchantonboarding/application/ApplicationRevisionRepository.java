package com.merchantonboarding.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRevisionRepository extends JpaRepository<ApplicationRevision, UUID> {

    Optional<ApplicationRevision> findByApplicationIdAndRevision(UUID applicationId, int revision);

    List<ApplicationRevision> findByApplicationIdOrderByRevisionAsc(UUID applicationId);
}
