package com.merchantonboarding.notification;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention: the outbox's events of an application and their deliveries (mail addresses and texts, webhook payloads
 * with the reference). Pending ones too: an application erased five years after its decision has nothing left to say.
 */
@Component
public class NotificationErasure {

    private final JdbcClient jdbc;

    NotificationErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int erase(UUID applicationId) {
        String events = "select id from notification_event where application_id = :id";
        jdbc.sql("delete from mail_delivery where event_id in (" + events + ")").param("id", applicationId).update();
        jdbc.sql("delete from webhook_delivery where event_id in (" + events + ")").param("id", applicationId).update();
        return jdbc.sql("delete from notification_event where application_id = :id").param("id", applicationId).update();
    }
}
