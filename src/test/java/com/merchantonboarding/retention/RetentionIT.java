package com.merchantonboarding.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** Personal data is kept five years after an application's final status, then erased, once, on any node. */
class RetentionIT extends IntegrationTest {

    /** More than five years, leap days included. */
    private static final Duration LATER = Duration.ofDays(5 * 365 + 3);

    @Autowired
    Retention retention;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anApplicationDecidedLongerAgoThanTheRetentionPeriodIsErasedAndARecentOneIsKept() {
        String key = newMerchant();
        String old = submitProhibitedCategory(key);
        String reference = awaitStatus(key, old, "REJECTED").get("reference").asText();
        List<String> oldBytes = storageNames(old);
        assertThat(oldBytes).hasSize(4).allMatch(this::stored);
        assertThat(events(old)).isPositive();

        ZonedDateTime rejectedAt = ZonedDateTime.now(ZoneOffset.UTC);
        ClockUtil.setCurrentTime(Date.from(rejectedAt.plusYears(5).minusDays(1).toInstant()));
        assertThat(retention.eraseDue()).doesNotContain(UUID.fromString(old));
        String recent = withdrawnApplication(key);

        ClockUtil.setCurrentTime(Date.from(rejectedAt.plusYears(5).plusDays(1).toInstant()));
        List<UUID> erased = retention.eraseDue();

        assertThat(erased).contains(UUID.fromString(old)).doesNotContain(UUID.fromString(recent));
        JsonNode kept = application(key, old);
        assertThat(kept.get("reference").asText()).isEqualTo(reference);
        assertThat(kept.get("status").asText()).isEqualTo("REJECTED");
        assertThat(kept.at("/decision/outcome").asText()).isEqualTo("REJECTED");
        assertThat(kept.at("/decision/reasons/0/code").asText()).isEqualTo("PROHIBITED_CATEGORY");
        assertThat(kept.at("/history")).extracting(h -> h.get("status").asText())
                .containsExactly("DRAFT", "SUBMITTED", "REJECTED");
        assertThat(kept.at("/data/legalName").isNull()).as(kept.toString()).isTrue();
        assertThat(kept.get("documents")).isEmpty();
        assertThat(kept.toString()).doesNotContain("厦门示例贸易有限公司", "王小明", "3445", "owner@tea.example.cn");
        assertThat(oldBytes).noneMatch(this::stored);
        assertThat(jdbc.queryForObject("select count(*) from document where application_id = ?", Long.class,
                UUID.fromString(old))).isZero();
        assertThat(jdbc.queryForList("select data_json from application_revision where application_id = ?",
                String.class, UUID.fromString(old))).hasSize(1).noneMatch(json -> json.contains("王小明"));
        assertThat(events(old)).isZero();

        JsonNode untouched = application(key, recent);
        assertThat(untouched.at("/data/legalName").asText()).isEqualTo("厦门示例贸易有限公司");
        assertThat(untouched.get("documents")).hasSize(1);
        assertThat(storageNames(recent)).hasSize(1).allMatch(this::stored);

        assertThat(retention.eraseDue()).doesNotContain(UUID.fromString(old));
    }

    @Test
    void twoNodesErasingAtOnceEraseEachApplicationOnceAndCompletely() throws Exception {
        String key = newMerchant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(withdrawnApplication(key));
        }
        List<String> bytes = ids.stream().flatMap(id -> storageNames(id).stream()).toList();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(LATER)));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<UUID>>> runs = List.of(nodes.submit(() -> {
                start.await();
                return retention.eraseDue();
            }), nodes.submit(() -> {
                start.await();
                return retention.eraseDue();
            }));
            start.countDown();
            List<UUID> first = runs.get(0).get();
            List<UUID> second = runs.get(1).get();

            // No application erased by both; one node may well erase all six (AssertJ's doesNotContainAnyElementsOf
            // refuses an empty list, which made that valid outcome an error).
            assertThat(java.util.Collections.disjoint(first, second)).as("erased by both: %s and %s", first, second)
                    .isTrue();
            for (String id : ids) {
                assertThat(first.contains(UUID.fromString(id)) || second.contains(UUID.fromString(id))).as(id).isTrue();
                assertThat(jdbc.queryForObject("select count(*) from document where application_id = ?", Long.class,
                        UUID.fromString(id))).isZero();
            }
            assertThat(bytes).isNotEmpty().noneMatch(this::stored);
        } finally {
            nodes.shutdownNow();
        }
    }

    private String withdrawnApplication(String key) {
        String id = createApplication(key, completeData());
        upload(key, id, "BUSINESS_LICENSE");
        Http.Response withdrawn = http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/withdraw",
                Http.bearer(key), null);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        return id;
    }

    private List<String> storageNames(String applicationId) {
        return jdbc.queryForList("select storage_name from document where application_id = ?", String.class,
                UUID.fromString(applicationId));
    }

    /** Whether the store still holds these bytes (the integration tests run with the database store). */
    private boolean stored(String storageName) {
        return jdbc.queryForObject("select count(*) from document_content where storage_name = ?", Long.class,
                storageName) > 0;
    }

    private long events(String applicationId) {
        return jdbc.queryForObject("select count(*) from notification_event where application_id = ?", Long.class,
                UUID.fromString(applicationId));
    }
}
