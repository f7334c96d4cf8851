package com.merchantonboarding.documents;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentInspectionRepository extends JpaRepository<DocumentInspection, UUID> {

    List<DocumentInspection> findByDocumentIdIn(Collection<UUID> documentIds);
}
