package com.merchantonboarding.retention;

import com.merchantonboarding.application.ApplicationReferences;
import com.merchantonboarding.application.PersonalDataErasure;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.LogContext;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.notification.NotificationErasure;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal data of applications that reached a final status longer ago than
 * {@code onboarding.retention.keep-after-final} (default five years): one transaction per application, which claims
 * the application's row first, so two nodes running at once never erase the same application twice and never
 * trip over each other. An application that fails is logged and tried again at the next run.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final RetentionProperties properties;
    private final PersonalDataErasure applications;
    private final Documents documents;
    private final NotificationErasure notifications;
    private final ApplicationReferences references;
    private final TransactionTemplate transactions;

    Retention(RetentionProperties properties, PersonalDataErasure applications, Documents documents,
              NotificationErasure notifications, ApplicationReferences references, TransactionTemplate transactions) {
        this.properties = properties;
        this.applications = applications;
        this.documents = documents;
        this.notifications = notifications;
        this.references = references;
        this.transactions = transactions;
    }

    /** Erases what is due now and returns the applications this call erased. */
    public List<UUID> eraseDue() {
        Instant now = Clocks.now();
        Instant cutoff = now.atZone(ZoneOffset.UTC).minus(properties.keepAfterFinal()).toInstant();
        List<UUID> erased = new ArrayList<>();
        List<UUID> due;
        int before;
        do {
            before = erased.size();
            due = applications.due(cutoff, properties.batchSize());
            for (UUID id : due) {
                if (eraseOne(id, now)) {
                    erased.add(id);
                }
            }
        } while (due.size() == properties.batchSize() && erased.size() > before);
        int answers = applications.eraseIdempotencyRecords(cutoff);
        if (!erased.isEmpty() || answers > 0) {
            log.info("Retention: personal data of {} applications final before {} erased ({} stored submit answers)",
                    erased.size(), cutoff, answers);
        }
        return erased;
    }

    private boolean eraseOne(UUID id, Instant now) {
        try (LogContext.Scope ignored = LogContext.open(id, references.reference(id).orElse(null), null)) {
            Boolean done = transactions.execute(status -> {
                if (!applications.erase(id, now)) {
                    return false;
                }
                int documentCount = documents.erase(id);
                int notificationCount = notifications.erase(id);
                log.info("Retention: personal data of application {} erased ({} documents, {} notification events)",
                        id, documentCount, notificationCount);
                return true;
            });
            return Boolean.TRUE.equals(done);
        } catch (RuntimeException e) {
            log.error("Retention: application {} could not be erased; it is tried again at the next run", id, e);
            return false;
        }
    }
}
