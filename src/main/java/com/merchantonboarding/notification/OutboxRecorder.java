package com.merchantonboarding.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.application.Application;
import com.merchantonboarding.application.ApplicationRepository;
import com.merchantonboarding.application.ApplicationStatus;
import com.merchantonboarding.application.ApplicationViews;
import com.merchantonboarding.application.Question;
import com.merchantonboarding.application.QuestionAnswered;
import com.merchantonboarding.application.Questions;
import com.merchantonboarding.application.StatusChanged;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.Locales;
import com.merchantonboarding.merchant.Merchant;
import com.merchantonboarding.merchant.MerchantRepository;
import com.merchantonboarding.process.ResubmissionReminderDue;
import com.merchantonboarding.process.ReviewEscalated;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the outbox in the transaction of the change it reports: the event (once per dedup key), a
 * delivery per webhook the merchant has, and the mails. Nothing is sent here; if the transaction rolls
 * back, nothing was recorded, and a replayed step finds its event already written.
 */
@Component
class OutboxRecorder {

    static final Map<ApplicationStatus, String> MERCHANT_MAILS = Map.of(
            ApplicationStatus.CHANGES_REQUESTED, "changes-requested",
            ApplicationStatus.REJECTED, "rejected",
            ApplicationStatus.APPROVED, "approved",
            ApplicationStatus.LIVE, "live",
            ApplicationStatus.EXPIRED, "expired");
    static final String REMINDER_MAIL = "resubmission-reminder";
    static final String ESCALATION_MAIL = "review-escalated";
    static final String ANSWER_MAIL = "question-answered";

    private static final Logger log = LoggerFactory.getLogger(OutboxRecorder.class);

    private final Outbox outbox;
    private final WebhookRepository webhooks;
    private final MerchantRepository merchants;
    private final ApplicationRepository applications;
    private final ApplicationViews views;
    private final LeadRecipients leads;
    private final NotificationProperties properties;
    private final ObjectMapper json;
    private final Questions questions;

    OutboxRecorder(Outbox outbox, WebhookRepository webhooks, MerchantRepository merchants,
                   ApplicationRepository applications, ApplicationViews views, LeadRecipients leads,
                   NotificationProperties properties, ObjectMapper json, Questions questions) {
        this.questions = questions;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.merchants = merchants;
        this.applications = applications;
        this.views = views;
        this.leads = leads;
        this.properties = properties;
        this.json = json;
    }

    /** Every status but the first (a draft is the merchant's own doing) is an event; some are mailed. */
    @EventListener
    @Transactional
    public void statusChanged(StatusChanged change) {
        if (change.status() == ApplicationStatus.DRAFT) {
            return;
        }
        String type = "application." + change.status().name().toLowerCase(Locale.ROOT);
        String key = "status:" + change.applicationId() + ":" + change.status() + ":" + change.revision();
        OutboxEvent event = event(key, type, change.applicationId(), change.merchantId(), change.reference(),
                change.status().name(), change.revision(), change.at());
        if (!outbox.add(event)) {
            log.info("Event {} of application {} was recorded before; not again", type, change.applicationId());
            return;
        }
        Instant now = Clocks.now();
        webhooks.findByMerchantIdAndDeletedAtIsNull(change.merchantId())
                .forEach(webhook -> outbox.addWebhookDelivery(event.id(), webhook.getId(), now));
        String template = MERCHANT_MAILS.get(change.status());
        if (template != null) {
            mailMerchant(event, template, null);
        }
    }

    @EventListener
    @Transactional
    public void reminderDue(ResubmissionReminderDue reminder) {
        Application application = application(reminder.applicationId());
        String key = "reminder:" + application.getId() + ":" + application.getRevision();
        OutboxEvent event = event(key, "reminder.resubmission", application.getId(), application.getMerchantId(),
                application.getReference(), application.getStatus().name(), application.getRevision(), Clocks.now());
        if (outbox.add(event)) {
            mailMerchant(event, REMINDER_MAIL, reminder.respondBy());
        }
    }

    @EventListener
    @Transactional
    public void reviewEscalated(ReviewEscalated escalation) {
        Application application = application(escalation.applicationId());
        String key = "escalation:" + escalation.taskId();
        OutboxEvent event = event(key, "review.escalated", application.getId(), application.getMerchantId(),
                application.getReference(), application.getStatus().name(), application.getRevision(), Clocks.now());
        if (!outbox.add(event)) {
            return;
        }
        Instant due = escalation.dueDate() == null ? null : escalation.dueDate().toInstant();
        String content = write(MailContent.escalation(application.getReference(), application.getStatus().name(),
                application.getRevision(), due));
        List<String> recipients = leads.emails();
        if (recipients.isEmpty()) {
            log.warn("Review of application {} escalated, but no compliance lead has a mail address",
                    application.getId());
        }
        Instant now = Clocks.now();
        recipients.forEach(email -> outbox.addMail(event.id(), ESCALATION_MAIL, email, properties.staffLocale(),
                content, now));
    }

    /**
     * An officer answered a merchant's question: a mail in the merchant's language. No webhook: webhook types are
     * status changes ({@code application.<status>}, spec/merchant-api.md), and an answer changes no status.
     */
    @EventListener
    @Transactional
    public void questionAnswered(QuestionAnswered answered) {
        Application application = application(answered.applicationId());
        Question question = questions.find(answered.questionId())
                .orElseThrow(() -> new IllegalStateException("No question " + answered.questionId()));
        String key = "answer:" + question.getId();
        OutboxEvent event = event(key, "question.answered", application.getId(), application.getMerchantId(),
                application.getReference(), application.getStatus().name(), application.getRevision(), Clocks.now());
        if (!outbox.add(event)) {
            return;
        }
        Merchant merchant = merchants.findById(event.merchantId())
                .orElseThrow(() -> new IllegalStateException("No merchant " + event.merchantId()));
        Locale locale = Locales.normalize(merchant.getLocale());
        MailContent content = MailContent.of(views.view(application, locale))
                .withAnswer(question.getQuestion(), question.getRequirement(), question.getAnswer());
        outbox.addMail(event.id(), ANSWER_MAIL, merchant.getEmail(), locale, write(content), Clocks.now());
    }

    private void mailMerchant(OutboxEvent event, String template, Instant deadline) {
        Merchant merchant = merchants.findById(event.merchantId())
                .orElseThrow(() -> new IllegalStateException("No merchant " + event.merchantId()));
        Locale locale = Locales.normalize(merchant.getLocale());
        MailContent content = MailContent.of(views.view(application(event.applicationId()), locale))
                .withRespondBy(deadline);
        outbox.addMail(event.id(), template, merchant.getEmail(), locale, write(content), Clocks.now());
    }

    private OutboxEvent event(String key, String type, UUID applicationId, UUID merchantId, String reference,
                              String status, int revision, Instant at) {
        UUID id = OutboxEvent.idFor(key);
        String payload = write(new WebhookEventBody(id, type, at,
                new WebhookEventBody.Data(applicationId, reference, status, revision)));
        return new OutboxEvent(id, key, type, applicationId, merchantId, reference, status, revision, at, payload);
    }

    private Application application(UUID id) {
        return applications.findById(id).orElseThrow(() -> new IllegalStateException("No application " + id));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write notification JSON", e);
        }
    }
}
