package com.merchantonboarding.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.Locales;
import com.merchantonboarding.merchant.Merchant;
import com.merchantonboarding.merchant.MerchantRepository;
import com.merchantonboarding.paymentissue.PaymentIssueStatus;
import com.merchantonboarding.paymentissue.PaymentIssueStatusChanged;
import com.merchantonboarding.screening.PaymentIssueRules;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of customers' payment problems, in the transaction of the change: a webhook
 * {@code payment_issue.<status>} for every status the report reaches, and a mail to the merchant when there is
 * something to do or to tell (information required, and every final status). Once per report, status and round of
 * checks, like the applications' events.
 */
@Component
class PaymentIssueNotifications {

    static final String MAIL = "payment-issue";
    static final Set<PaymentIssueStatus> MAILED = EnumSet.of(PaymentIssueStatus.INFORMATION_REQUIRED,
            PaymentIssueStatus.REJECTED, PaymentIssueStatus.EXPIRED, PaymentIssueStatus.REFUND_INITIATED,
            PaymentIssueStatus.NO_CHARGE_FOUND, PaymentIssueStatus.ESCALATED_TO_PROVIDER);

    private static final Logger log = LoggerFactory.getLogger(PaymentIssueNotifications.class);

    private final Outbox outbox;
    private final WebhookRepository webhooks;
    private final MerchantRepository merchants;
    private final PaymentIssueRules rules;
    private final ObjectMapper json;

    PaymentIssueNotifications(Outbox outbox, WebhookRepository webhooks, MerchantRepository merchants,
                              PaymentIssueRules rules, ObjectMapper json) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.merchants = merchants;
        this.rules = rules;
        this.json = json;
    }

    /** The body of a {@code payment_issue.*} webhook (docs/webhooks.md). */
    record Body(UUID id, String type, Instant createdAt, Data data) {

        record Data(UUID paymentIssueId, String reference, String kind, String walletProvider, String status,
                    List<Missing> missing, String providerReference, String explanation) {
        }

        record Missing(String requirement, String code) {
        }
    }

    @EventListener
    @Transactional
    public void statusChanged(PaymentIssueStatusChanged change) {
        String type = "payment_issue." + change.status().name().toLowerCase(Locale.ROOT);
        String key = "payment-issue:" + change.paymentIssueId() + ":" + change.status() + ":" + change.round();
        UUID id = OutboxEvent.idFor(key);
        String payload = write(new Body(id, type, change.at(), new Body.Data(change.paymentIssueId(),
                change.reference(), change.kind().name(), change.provider(), change.status().name(),
                change.missing().stream().map(m -> new Body.Missing(m.requirement(), m.code())).toList(),
                change.providerCaseReference(), change.message())));
        OutboxEvent event = new OutboxEvent(id, key, type, change.applicationId(), change.merchantId(),
                change.reference(), change.status().name(), change.round(), change.at(), payload);
        if (!outbox.add(event)) {
            log.info("Event {} of payment issue {} was recorded before; not again", type, change.reference());
            return;
        }
        Instant now = Clocks.now();
        webhooks.findByMerchantIdAndDeletedAtIsNull(change.merchantId())
                .forEach(webhook -> outbox.addWebhookDelivery(event.id(), webhook.getId(), now));
        if (MAILED.contains(change.status())) {
            Merchant merchant = merchants.findById(change.merchantId())
                    .orElseThrow(() -> new IllegalStateException("No merchant " + change.merchantId()));
            Locale locale = Locales.normalize(merchant.getLocale());
            List<MailContent.Item> missing = change.missing().stream()
                    .map(m -> new MailContent.Item(m.requirement(), m.code(),
                            rules.code(m.code()).map(c -> c.text(locale)).orElse(m.detail())))
                    .toList();
            MailContent content = MailContent.paymentIssue(change.reference(), change.status().name(),
                    change.kind().name(), change.provider(), missing, change.respondBy(), change.message(),
                    change.providerCaseReference());
            outbox.addMail(event.id(), MAIL, merchant.getEmail(), locale, write(content), now);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write notification JSON", e);
        }
    }
}
