package com.merchantonboarding.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    /** SMTP when Spring Boot built a mail sender (spring.mail.host is set), the log otherwise. */
    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> sender) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("No SMTP host configured (spring.mail.host): mails are written to the log");
            return new LogMailTransport();
        }
        return new SmtpMailTransport(smtp);
    }
}
