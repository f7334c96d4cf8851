package com.merchantonboarding.application;

import jakarta.persistence.EntityManager;
import java.time.Year;
import java.time.ZoneOffset;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Human references such as {@code MO-2026-000042}, from a database sequence (portable SQL per dialect). */
@Component
class ReferenceNumbers {

    private final EntityManager entityManager;
    private final String nextValueSql;

    ReferenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
        SessionFactoryImplementor factory = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        this.nextValueSql = factory.getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString("application_reference_seq");
    }

    String next(java.time.Instant now) {
        Number value = (Number) entityManager.createNativeQuery(nextValueSql).getSingleResult();
        return "MO-%d-%06d".formatted(Year.from(now.atOffset(ZoneOffset.UTC)).getValue(), value.longValue());
    }
}
