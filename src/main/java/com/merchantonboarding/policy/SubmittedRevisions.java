package com.merchantonboarding.policy;

import com.merchantonboarding.application.ApplicationRevision;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.documents.DocumentEvidence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads stored submissions for a simulation, read-only and in batches: the ids first (one query), then per
 * batch the revisions with their document ids (one query), the applications' references and statuses today
 * (one query) and what screening sees of all the batch's documents ({@link Documents#evidenceByDocument}, two
 * queries). Batches are read ahead on two threads while the caller evaluates the current one.
 */
@Component
class SubmittedRevisions {

    /** Revisions read per transaction. */
    static final int BATCH = 500;
    /** Threads reading batches ahead (database connections a simulation holds besides the caller's). */
    static final int READERS = 2;

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final Documents documents;

    SubmittedRevisions(EntityManager entityManager, PlatformTransactionManager transactions, Documents documents) {
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.documents = documents;
    }

    /** The ids of the last {@code count} submissions, newest first. */
    List<UUID> latest(int count) {
        return readOnly.execute(status -> entityManager.createQuery(
                        "select r.id from ApplicationRevision r order by r.submittedAt desc, r.id desc", UUID.class)
                .setMaxResults(count)
                .getResultList());
    }

    /** The ids of the submissions in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<UUID> between(Instant from, Instant to, int limit) {
        return readOnly.execute(status -> entityManager.createQuery(
                        "select r.id from ApplicationRevision r where r.submittedAt >= :from and r.submittedAt < :to"
                                + " order by r.submittedAt, r.id", UUID.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * The revisions of {@code ids} in batches, in order. Batches are read ahead on {@link #READERS} threads (each
     * in its own read-only transaction) while the caller works on the current one; at most {@code READERS + 1}
     * batches are held at a time. Close it (try-with-resources) to stop the readers.
     */
    Batches batches(List<UUID> ids) {
        return new Batches(ids);
    }

    final class Batches implements Iterator<List<SubmittedRevision>>, AutoCloseable {

        private final List<UUID> ids;
        private final ExecutorService readers = Executors.newFixedThreadPool(READERS, runnable -> {
            Thread thread = new Thread(runnable, "simulation-reader");
            thread.setDaemon(true);
            return thread;
        });
        private final Deque<Future<List<SubmittedRevision>>> ahead = new ArrayDeque<>();
        private int next;

        private Batches(List<UUID> ids) {
            this.ids = ids;
            fill();
        }

        private void fill() {
            while (ahead.size() <= READERS && next < ids.size()) {
                List<UUID> batch = ids.subList(next, Math.min(ids.size(), next + BATCH));
                next += batch.size();
                ahead.add(readers.submit(() -> load(batch)));
            }
        }

        @Override
        public boolean hasNext() {
            return !ahead.isEmpty();
        }

        @Override
        public List<SubmittedRevision> next() {
            if (ahead.isEmpty()) {
                throw new NoSuchElementException();
            }
            try {
                List<SubmittedRevision> batch = ahead.removeFirst().get();
                fill();
                return batch;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading submissions", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            readers.shutdownNow();
        }
    }

    /** One batch (at most {@link #BATCH} ids), in the order of the ids. */
    List<SubmittedRevision> load(List<UUID> ids) {
        return readOnly.execute(status -> {
            PersistenceUnitUtil units = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
            Map<UUID, ApplicationRevision> byId = new HashMap<>();
            for (ApplicationRevision revision : entityManager.createQuery(
                            "select distinct r from ApplicationRevision r left join fetch r.documentIds where r.id in :ids",
                            ApplicationRevision.class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                byId.put((UUID) units.getIdentifier(revision), revision);
            }
            Set<UUID> applicationIds = byId.values().stream().map(ApplicationRevision::getApplicationId)
                    .collect(Collectors.toSet());
            Map<UUID, ApplicationNow> applications = new HashMap<>();
            if (!applicationIds.isEmpty()) {
                for (Object[] row : entityManager.createQuery(
                                "select a.id, a.reference, a.status from Application a where a.id in :ids",
                                Object[].class)
                        .setParameter("ids", applicationIds)
                        .getResultList()) {
                    applications.put((UUID) row[0], new ApplicationNow((String) row[1], String.valueOf(row[2])));
                }
            }
            Documents.Evidence evidence = documents.evidenceByDocument(byId.values().stream()
                    .flatMap(revision -> revision.getDocumentIds().stream()).collect(Collectors.toSet()));
            List<SubmittedRevision> batch = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                ApplicationRevision revision = byId.get(id);
                if (revision != null) {
                    batch.add(submitted(revision, applications.getOrDefault(revision.getApplicationId(),
                            ApplicationNow.UNKNOWN), evidence));
                }
            }
            entityManager.clear();
            return batch;
        });
    }

    /** An application's reference and its status today. */
    private record ApplicationNow(String reference, String status) {

        static final ApplicationNow UNKNOWN = new ApplicationNow(null, null);
    }

    private static SubmittedRevision submitted(ApplicationRevision revision, ApplicationNow application,
                                               Documents.Evidence inspected) {
        List<DocumentEvidence> evidence;
        String unavailable = null;
        try {
            evidence = inspected.of(revision.getDocumentIds());
        } catch (IllegalStateException e) {
            evidence = List.of();
            unavailable = "documents not inspected yet: " + e.getMessage();
        }
        return new SubmittedRevision(revision.getApplicationId(), application.reference(), application.status(),
                revision.getRevision(), revision.getSubmittedAt(), revision.getData(), evidence, unavailable);
    }
}
