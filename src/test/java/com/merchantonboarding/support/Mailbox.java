package com.merchantonboarding.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * A real SMTP server (GreenMail) where the application's test profile sends mail: 127.0.0.1 and the
 * port of {@code TEST_SMTP_PORT} (3025 unless set, as {@code spring.mail.port} in application-test.yaml).
 */
public final class Mailbox {

    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("TEST_SMTP_PORT", "3025"));

    private Mailbox() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** A received mail, decoded. */
    public record Mail(String to, String subject, String body) {
    }

    public static List<Mail> to(GreenMailExtension server, String recipient) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipients(m).contains(recipient))
                .map(m -> new Mail(recipient, subject(m), body(m)))
                .toList();
    }

    /** Waits for the mail to this recipient whose subject contains the text. */
    public static Mail await(GreenMailExtension server, String recipient, String subjectPart) {
        Mail[] found = new Mail[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            found[0] = to(server, recipient).stream().filter(m -> m.subject().contains(subjectPart)).findFirst()
                    .orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
