package com.merchantonboarding.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends due mails: claims each row first (only one node wins it), renders the template, hands the
 * mail to the transport and records the outcome. A failure is retried with back-off and never
 * reaches the process, which committed long before.
 */
@Component
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

    private final DeliveryQueue queue;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final MailTransport transport;
    private final NotificationProperties properties;
    private final ObjectMapper json;

    MailWorker(JdbcClient jdbc, Outbox outbox, MailTemplates templates, MailTransport transport,
               NotificationProperties properties, ObjectMapper json) {
        this.queue = DeliveryQueue.mails(jdbc);
        this.outbox = outbox;
        this.templates = templates;
        this.transport = transport;
        this.properties = properties;
        this.json = json;
    }

    /**
     * One poll: claims what is due (one update), sends it and returns how many mails went out. A mail is sent only
     * while at least half of the claim is left; when the batch has become too slow for that, the mails not sent are
     * released for the next poll, since another node may claim them once the claim ends (and would send a mail this
     * node is still sending).
     */
    int runOnce(String node) {
        Instant now = Clocks.now();
        Duration timeout = properties.worker().claimTimeout();
        Instant until = DeliveryQueue.claimUntil(now, timeout);
        if (queue.claimDue(node, now, until, properties.worker().batchSize()) == 0) {
            return 0;
        }
        int sent = 0;
        for (Outbox.Mail mail : outbox.claimedMails(node, until)) {
            if (!DeliveryQueue.mayStartSend(until, timeout)) {
                queue.release(mail.id(), node, until);
            } else if (send(mail, node)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Outbox.Mail mail, String node) {
        UUID id = mail.id();
        try {
            MailContent content = json.readValue(mail.contentJson(), MailContent.class);
            MailTemplates.Rendered rendered = templates.render(mail.template(), mail.locale(),
                    MailVariables.of(content, mail.locale(), templates, properties));
            transport.send(new MailTransport.OutgoingMail(properties.from(), mail.recipient(), rendered.subject(),
                    rendered.body()));
            queue.delivered(id, node, Clocks.now(), null);
            log.info("Mail {} ({}) sent", id, mail.template());
            return true;
        } catch (Exception e) {
            int failed = mail.attempts() + 1;
            RetryPolicy retry = properties.retry();
            Instant next = retry.retriesAfter(failed) ? Clocks.now().plus(retry.delayAfter(failed)) : null;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            queue.failed(id, node, Clocks.now(), null, error, next);
            if (next == null) {
                log.warn("Mail {} ({}) failed {} times; given up: {}", id, mail.template(), failed, error);
            } else {
                log.info("Mail {} ({}) failed (try {}), retried at {}: {}", id, mail.template(), failed, next, error);
            }
            return false;
        }
    }
}
