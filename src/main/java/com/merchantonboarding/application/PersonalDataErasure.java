package com.merchantonboarding.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's part of retention (docs/operations.md, "Retention"): what a merchant declared goes, what the
 * statistics need stays. Kept: the row with reference, status, revision, dates, risk level and decision outcome; the
 * status history; screenings; findings' codes; the officers' decision records. Erased: the declared data of the
 * working copy and of every revision, the officer's message to the merchant, the micro-deposit amounts and wallet
 * details, findings' details and messages, the links of revisions to documents (the documents go next, in their
 * package).
 */
@Component
public class PersonalDataErasure {

    private static final String EMPTY_DATA = new ApplicationDataConverter().convertToDatabaseColumn(ApplicationData.empty());

    private final JdbcClient jdbc;

    PersonalDataErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applications final since before the cutoff whose personal data is still there, oldest first. */
    @Transactional(readOnly = true)
    public List<UUID> due(Instant finalBefore, int limit) {
        return jdbc.sql("select id from application where status in (:statuses) and updated_at < :cutoff"
                        + " and personal_data_erased_at is null order by updated_at limit :limit")
                .param("statuses", ApplicationStatus.finalStatuses().stream().map(Enum::name).toList())
                .param("cutoff", finalBefore.atOffset(ZoneOffset.UTC))
                .param("limit", limit).query(UUID.class).list();
    }

    /**
     * Claims the application and erases its data, in the caller's transaction. Of two nodes trying at once, the second
     * waits for the first's row lock and then finds the application claimed: only one erases it.
     *
     * @return false when it is not due any more (another node erased it, or it is not final)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(UUID applicationId, Instant now) {
        int claimed = jdbc.sql("update application set personal_data_erased_at = :now, data_json = :empty,"
                        + " officer_message = null, deposit_amount_1 = null, deposit_amount_2 = null,"
                        + " wallet_qr_payload = null, wallet_link_base = null, version = version + 1"
                        + " where id = :id and personal_data_erased_at is null and status in (:statuses)")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("empty", EMPTY_DATA).param("id", applicationId)
                .param("statuses", ApplicationStatus.finalStatuses().stream().map(Enum::name).toList())
                .update();
        if (claimed == 0) {
            return false;
        }
        jdbc.sql("update application_revision set data_json = :empty where application_id = :id")
                .param("empty", EMPTY_DATA).param("id", applicationId).update();
        jdbc.sql("delete from application_revision_document where revision_id in"
                + " (select id from application_revision where application_id = :id)").param("id", applicationId).update();
        jdbc.sql("update finding set detail = null, message = null where application_id = :id")
                .param("id", applicationId).update();
        // The merchant's questions and the officers' answers are free text about the application.
        jdbc.sql("delete from application_question where application_id = :id").param("id", applicationId).update();
        return true;
    }

    /** Stored answers of submits with an Idempotency-Key (they hold the application as it was), older than the cutoff. */
    @Transactional
    public int eraseIdempotencyRecords(Instant createdBefore) {
        return jdbc.sql("delete from idempotency_record where created_at < :cutoff")
                .param("cutoff", createdBefore.atOffset(ZoneOffset.UTC)).update();
    }
}
