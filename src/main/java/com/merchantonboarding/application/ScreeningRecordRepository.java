package com.merchantonboarding.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningRecordRepository extends JpaRepository<ScreeningRecord, UUID> {

    Optional<ScreeningRecord> findFirstByApplicationIdAndRevisionOrderByScreenedAtDesc(UUID applicationId, int revision);

    List<ScreeningRecord> findByApplicationIdOrderByScreenedAtAsc(UUID applicationId);
}
