package com.merchantonboarding.application;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordedFindingRepository extends JpaRepository<RecordedFinding, UUID> {

    List<RecordedFinding> findByApplicationIdAndRevisionOrderByCreatedAtAsc(UUID applicationId, int revision);

    List<RecordedFinding> findByApplicationIdOrderByRevisionAscCreatedAtAsc(UUID applicationId);

    void deleteByApplicationIdAndRevisionAndSource(UUID applicationId, int revision, RecordedFinding.Source source);
}
