package com.merchantonboarding.policy;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.documents.DocumentEvidence;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored submission as screening saw it: the data and what inspection learned of its documents.
 *
 * @param applicationStatus the application's status today (what became of it: {@code LIVE}, {@code REJECTED}, …)
 * @param unavailable       why it cannot be screened again (documents not inspected yet), or null
 */
record SubmittedRevision(UUID applicationId, String reference, String applicationStatus, int revision,
                         Instant submittedAt, ApplicationData data, List<DocumentEvidence> documents,
                         String unavailable) {
}
