package com.merchantonboarding.notification;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings ({@code onboarding.notifications}); SMTP itself is {@code spring.mail.*}.
 *
 * @param from              the sender of every mail
 * @param templates         the folder of the mail templates and labels: {@code classpath:/templates/mail/}
 *                          or a folder on disk such as {@code file:/etc/onboarding/mail/}
 * @param templatesCacheTtl how long an edited template may take to be picked up; zero reads it at every mail
 * @param timeZone          the time zone deadlines are written in
 * @param staffLocale       the language of mails to compliance leads
 * @param tasklistUrl       the Tasklist link in the leads' escalation mail
 * @param worker            the sending worker (both mails and webhooks)
 * @param retry             back-off of failed mails
 */
@ConfigurationProperties(prefix = "onboarding.notifications")
record NotificationProperties(
        @DefaultValue("Merchant Onboarding <no-reply@onboarding.example>") String from,
        @DefaultValue("classpath:/templates/mail/") String templates,
        @DefaultValue("PT5M") Duration templatesCacheTtl,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("en") Locale staffLocale,
        @DefaultValue("http://localhost:8080/camunda/app/tasklist/") String tasklistUrl,
        @DefaultValue Worker worker,
        @DefaultValue RetryPolicy retry) {

    /**
     * @param enabled      false on nodes that must not send (rows are still written)
     * @param pollInterval how often the outbox is polled for due mails and deliveries
     * @param batchSize    rows claimed per poll and channel
     * @param claimTimeout how long a claim holds; a node that dies mid-send is retried after it
     * @param nodeId       names this node in claims; a random id when empty
     */
    record Worker(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("PT2S") Duration pollInterval,
            @DefaultValue("20") int batchSize,
            @DefaultValue("PT2M") Duration claimTimeout,
            @DefaultValue("") String nodeId) {
    }
}
