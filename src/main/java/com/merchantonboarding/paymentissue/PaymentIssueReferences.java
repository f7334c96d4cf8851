package com.merchantonboarding.paymentissue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** References such as {@code PI-2026-000042}, from the sequence {@code payment_issue_reference_seq}. */
@Component
class PaymentIssueReferences {

    private final EntityManager entityManager;
    private final String nextValueSql;

    PaymentIssueReferences(EntityManager entityManager) {
        this.entityManager = entityManager;
        SessionFactoryImplementor factory = entityManager.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class);
        this.nextValueSql = factory.getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString("payment_issue_reference_seq");
    }

    String next(Instant now) {
        Number value = (Number) entityManager.createNativeQuery(nextValueSql).getSingleResult();
        return "PI-%d-%06d".formatted(Year.from(now.atOffset(ZoneOffset.UTC)).getValue(), value.longValue());
    }
}
