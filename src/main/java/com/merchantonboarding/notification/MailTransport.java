package com.merchantonboarding.notification;

/** Hands a rendered mail over: to SMTP, or to the log when no SMTP host is configured. */
interface MailTransport {

    void send(OutgoingMail mail) throws Exception;

    record OutgoingMail(String from, String to, String subject, String body) {
    }
}
