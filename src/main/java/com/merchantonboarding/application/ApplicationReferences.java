package com.merchantonboarding.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An application's reference (MO-2026-000042) by its id, for the logging context. A reference never changes, so the
 * last few thousand are kept: a job's delegates and listeners ask once between them.
 */
@Component
public class ApplicationReferences {

    private static final int REMEMBERED = 5000;

    private final ApplicationRepository applications;
    private final Map<UUID, String> remembered = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    ApplicationReferences(ApplicationRepository applications) {
        this.applications = applications;
    }

    /** The reference, or empty when there is no such application. */
    public Optional<String> reference(UUID applicationId) {
        String known = remembered.get(applicationId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = applications.findReferenceById(applicationId)
                .map(ApplicationRepository.ReferenceAndRevision::getReference);
        found.ifPresent(reference -> remembered.put(applicationId, reference));
        return found;
    }

    /** Reference and current revision, read now (a merchant's call may be about to change the revision). */
    Optional<ApplicationRepository.ReferenceAndRevision> current(UUID applicationId) {
        return applications.findReferenceById(applicationId);
    }
}
