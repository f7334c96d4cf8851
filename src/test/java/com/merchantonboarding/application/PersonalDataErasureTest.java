package com.merchantonboarding.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The erasure's SQL on H2, the demo's database, with the schema Flyway builds (PostgreSQL: RetentionIT). */
@JdbcTest
@Import(PersonalDataErasure.class)
class PersonalDataErasureTest {

    private static final Instant NOW = Instant.parse("2031-12-10T03:30:00Z");
    private static final Instant CUTOFF = Instant.parse("2026-12-10T03:30:00Z");

    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID merchant = UUID.randomUUID();

    @BeforeEach
    void merchant() {
        jdbc.update("insert into merchant (id, email, password_hash, display_name, locale, created_at)"
                + " values (?, ?, 'x', 'Tea', 'en', ?)", merchant, merchant + "@example.cn", utc(CUTOFF));
    }

    @Test
    void findsOnlyApplicationsFinalBeforeTheCutoffAndErasesEachOnce() {
        UUID old = application("REJECTED", CUTOFF.minusSeconds(60));
        UUID recent = application("LIVE", CUTOFF.plusSeconds(60));
        UUID running = application("IN_REVIEW", CUTOFF.minusSeconds(3600));

        assertThat(erasure.due(CUTOFF, 10)).contains(old).doesNotContain(recent, running);

        assertThat(erasure.erase(old, NOW)).isTrue();
        assertThat(erasure.erase(old, NOW)).isFalse();
        assertThat(erasure.erase(running, NOW)).isFalse();
        assertThat(erasure.due(CUTOFF, 10)).doesNotContain(old);

        assertThat(jdbc.queryForObject("select data_json from application where id = ?", String.class, old))
                .doesNotContain("王小明");
        assertThat(jdbc.queryForObject("select data_json from application_revision where application_id = ?",
                String.class, old)).doesNotContain("王小明");
        assertThat(jdbc.queryForObject("select count(*) from application_revision_document d join application_revision r"
                + " on r.id = d.revision_id where r.application_id = ?", Long.class, old)).isZero();
        assertThat(jdbc.queryForObject("select detail from finding where application_id = ?", String.class, old)).isNull();
        assertThat(jdbc.queryForObject("select code from finding where application_id = ?", String.class, old))
                .isEqualTo("PROHIBITED_CATEGORY");
        assertThat(jdbc.queryForObject("select reference from application where id = ?", String.class, old))
                .startsWith("MO-");
        assertThat(jdbc.queryForObject("select data_json from application where id = ?", String.class, recent))
                .contains("王小明");
    }

    private UUID application(String status, Instant finalAt) {
        UUID id = UUID.randomUUID();
        String data = "{\"legalRepresentative\":{\"fullName\":\"王小明\",\"idNumber\":\"35020319900101123X\"}}";
        jdbc.update("insert into application (id, merchant_id, reference, status, revision, data_json, created_at,"
                        + " updated_at, officer_message, version) values (?, ?, ?, ?, 1, ?, ?, ?, 'Dear 王小明', 0)",
                id, merchant, "MO-" + id.toString().substring(0, 8), status, data, utc(finalAt), utc(finalAt));
        UUID revision = UUID.randomUUID();
        jdbc.update("insert into application_revision (id, application_id, revision, data_json, submitted_at)"
                + " values (?, ?, 1, ?, ?)", revision, id, data, utc(finalAt));
        UUID document = UUID.randomUUID();
        jdbc.update("insert into document (id, application_id, type, filename, size_bytes, detected_media_type, sha256,"
                + " storage_name, uploaded_at) values (?, ?, 'BUSINESS_LICENSE', 'licence.jpg', 1, 'image/jpeg', 'x', ?, ?)",
                document, id, document + ".bin", utc(finalAt));
        jdbc.update("insert into application_revision_document (revision_id, document_id) values (?, ?)", revision,
                document);
        jdbc.update("insert into finding (id, application_id, revision, source, code, severity, detail, created_at)"
                + " values (?, ?, 1, 'SCREENING', 'PROHIBITED_CATEGORY', 'REJECT', 'declared 王小明', ?)",
                UUID.randomUUID(), id, utc(finalAt));
        return id;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
