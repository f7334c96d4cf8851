package com.merchantonboarding.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.Locales;
import com.merchantonboarding.merchant.MerchantAccounts;
import com.merchantonboarding.merchant.MerchantPrincipal;
import com.merchantonboarding.security.FailureBuckets;
import com.merchantonboarding.security.LoginFailed;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a merchant when their account sees repeated failures: {@value #REPEATED} wrong portal passwords for their
 * email, wrong API keys that start like one of their keys, or wrong two-step codes after their right password,
 * within about an hour (a Bucket4j bucket per merchant
 * that refills over an hour). One mail per kind and merchant a day at most, however long it goes on (a second bucket
 * with one token a day), both in the database so that every node counts together. The mail goes through the
 * outbox, in the merchant's language, and says what to do; it never holds the password or key that was tried.
 */
@Component
class SecurityAlerts {

    static final String PORTAL_MAIL = "failed-logins";
    static final String API_KEY_MAIL = "failed-api-keys";
    static final String TWO_STEP_MAIL = "failed-two-step-codes";
    static final int REPEATED = 5;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration MAIL_EVERY = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SecurityAlerts.class);

    /** What one kind of failure is counted under and mailed with. */
    private record Kind(String template, String eventType, FailureBuckets.Limit repeated, FailureBuckets.Limit mail) {

        static Kind of(String name, String template) {
            return new Kind(template, "account." + template,
                    new FailureBuckets.Limit("alert-" + name, REPEATED, WINDOW, true),
                    new FailureBuckets.Limit("alert-mail-" + name, 1, MAIL_EVERY, false));
        }
    }

    private static final Kind PORTAL = Kind.of("portal", PORTAL_MAIL);
    private static final Kind API_KEY = Kind.of("api-key", API_KEY_MAIL);
    private static final Kind TWO_STEP = Kind.of("two-step", TWO_STEP_MAIL);

    private final MerchantAccounts accounts;
    private final FailureBuckets buckets;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final TransactionTemplate ownTransaction;

    SecurityAlerts(MerchantAccounts accounts, FailureBuckets buckets, Outbox outbox, ObjectMapper json,
                   PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.buckets = buckets;
        this.outbox = outbox;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** After the failure was counted (and committed); a problem here never changes the login's answer. */
    @TransactionalEventListener(fallbackExecution = true)
    public void loginFailed(LoginFailed failure) {
        try {
            ownTransaction.executeWithoutResult(status -> record(failure));
        } catch (RuntimeException e) {
            log.error("Could not record the security mail after a failed {} login", failure.scope(), e);
        }
    }

    private void record(LoginFailed failure) {
        Kind kind;
        Optional<MerchantPrincipal> merchant;
        if (LoginFailed.PORTAL_PASSWORD.equals(failure.scope())) {
            kind = PORTAL;
            merchant = accounts.byEmail(failure.account());
        } else if (LoginFailed.API_KEY.equals(failure.scope())) {
            kind = API_KEY;
            merchant = accounts.byKeyPrefix(failure.account());
        } else if (LoginFailed.TWO_STEP_CODE.equals(failure.scope())) {
            // The password was right: the strongest sign that someone else has it.
            kind = TWO_STEP;
            merchant = accounts.byId(failure.account());
        } else {
            return;
        }
        if (merchant.isEmpty()) {
            return;
        }
        String subject = merchant.get().merchantId().toString();
        if (buckets.failed(kind.repeated(), subject) || !buckets.take(kind.mail(), subject)) {
            return;
        }
        Instant now = Clocks.now();
        String key = "security:" + kind.template() + ":" + subject + ":" + now.toEpochMilli();
        String payload = write(Map.of("type", kind.eventType(), "merchantId", subject, "occurredAt", now.toString()));
        OutboxEvent event = new OutboxEvent(OutboxEvent.idFor(key), key, kind.eventType(), null,
                merchant.get().merchantId(), null, null, 0, now, payload);
        if (outbox.add(event)) {
            String keyPrefix = kind == API_KEY ? failure.account() : null;
            outbox.addMail(event.id(), kind.template(), merchant.get().email(),
                    Locales.normalize(merchant.get().locale()),
                    write(MailContent.security(new MailContent.Security(REPEATED, now, keyPrefix))), now);
            log.warn("Merchant {} is told of repeated failed {} logins (from {} the last time)", subject,
                    failure.scope(), failure.address());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the security mail", e);
        }
    }
}
