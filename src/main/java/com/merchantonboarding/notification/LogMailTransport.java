package com.merchantonboarding.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without {@code spring.mail.host} (the demo profile) mails are written to the log instead. They
 * hold no account or ID numbers, like every mail.
 */
final class LogMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(LogMailTransport.class);

    @Override
    public void send(OutgoingMail mail) {
        log.info("Mail not sent over SMTP (no spring.mail.host); it reads:\nFrom: {}\nTo: {}\nSubject: {}\n\n{}",
                mail.from(), mail.to(), mail.subject(), mail.body());
    }
}
