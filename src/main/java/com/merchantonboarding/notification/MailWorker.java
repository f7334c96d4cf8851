package com.merchantonboarding.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Clocks;
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
     * One poll: sends what is due and returns how many mails went out. Each row is claimed when its turn comes,
     * for {@code claim-timeout} from that moment: a claim dated from the start of the poll would run out while a
     * slow batch is still sending, and another node would send the same mail again.
     */
    int runOnce(String node) {
        int sent = 0;
        for (UUID id : queue.due(Clocks.now(), properties.worker().batchSize())) {
            Instant now = Clocks.now();
            if (queue.claim(id, node, now, now.plus(properties.worker().claimTimeout())) && send(id, node)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(UUID id, String node) {
        Outbox.Mail mail = outbox.mail(id).orElse(null);
        if (mail == null) {
            return false;
        }
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
