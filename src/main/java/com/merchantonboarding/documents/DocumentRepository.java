package com.merchantonboarding.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, UUID> {

    List<Document> findByApplicationIdAndRemovedAtIsNullOrderByUploadedAtAsc(UUID applicationId);

    long countByApplicationIdAndRemovedAtIsNull(UUID applicationId);

    Optional<Document> findByIdAndApplicationId(UUID id, UUID applicationId);

    List<Document> findByIdInOrderByUploadedAtAsc(Collection<UUID> ids);

    List<Document> findByApplicationId(UUID applicationId);
}
