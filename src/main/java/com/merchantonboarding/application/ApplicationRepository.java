package com.merchantonboarding.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByMerchantIdOrderByUpdatedAtDesc(UUID merchantId);

    Optional<Application> findByIdAndMerchantId(UUID id, UUID merchantId);

    /** What the logging context names an application by. */
    @Query("select a.reference as reference, a.revision as revision from Application a where a.id = :id")
    Optional<ReferenceAndRevision> findReferenceById(UUID id);

    interface ReferenceAndRevision {
        String getReference();

        int getRevision();
    }

    /** Applications by status, for the gauge: one grouped count. */
    @Query("select a.status as status, count(a) as count from Application a group by a.status")
    List<StatusCount> countByStatus();

    interface StatusCount {
        ApplicationStatus getStatus();

        long getCount();
    }
}
