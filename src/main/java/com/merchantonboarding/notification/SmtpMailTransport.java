package com.merchantonboarding.notification;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Plain-text UTF-8 mail through {@code spring.mail.*}. */
final class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;

    SmtpMailTransport(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public void send(OutgoingMail mail) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(mail.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject().replaceAll("[\\r\\n]+", " "));
        helper.setText(mail.body(), false);
        sender.send(message);
    }
}
