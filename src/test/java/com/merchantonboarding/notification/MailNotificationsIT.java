package com.merchantonboarding.notification;

import com.merchantonboarding.support.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Mails as merchants and leads receive them, through a real SMTP server. */
class MailNotificationsIT extends NotificationIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private String leadId;

    @AfterEach
    void removeLead() {
        if (leadId != null) {
            identityService.deleteUser(leadId);
        }
    }

    @Test
    void aChineseMerchantIsToldInChineseWhatIsDueAndByWhen() {
        SignedUp merchant = signUp("zh-CN");
        String id = applicationMissingTheBankProof(merchant.key());
        JsonNode due = awaitStatus(merchant.key(), id, "CHANGES_REQUESTED");
        JsonNode inChinese = application(merchant.key(), id, "zh-CN");

        Mailbox.Mail mail = Mailbox.await(SMTP, merchant.email(), due.get("reference").asText());

        assertThat(mail.subject()).isEqualTo("您的申请 " + due.get("reference").asText() + " 需要补充修改");
        assertThat(inChinese.at("/requirements/errors/0/reason").asText()).isEqualTo("请上传此证件。");
        assertThat(mail.body())
                .contains("- 银行开户证明：" + inChinese.at("/requirements/errors/0/reason").asText())
                .contains(deadline(due, "yyyy年M月d日 HH:mm", Locale.CHINA))
                .doesNotContain(ACCOUNT_NUMBER, ID_NUMBER, "documents.BANK_ACCOUNT_PROOF");
    }

    @Test
    void anEnglishMerchantIsToldInEnglish() {
        SignedUp merchant = signUp("en");
        String id = applicationMissingTheBankProof(merchant.key());
        JsonNode due = awaitStatus(merchant.key(), id, "CHANGES_REQUESTED");

        Mailbox.Mail mail = Mailbox.await(SMTP, merchant.email(), due.get("reference").asText());

        assertThat(mail.subject()).isEqualTo("Changes needed for your application " + due.get("reference").asText());
        assertThat(mail.body())
                .contains("- Proof of the bank account: " + due.at("/requirements/errors/0/reason").asText())
                .contains(deadline(due, "d MMMM yyyy, HH:mm", Locale.ENGLISH))
                .doesNotContain(ACCOUNT_NUMBER, ID_NUMBER);
        assertThat(Mailbox.to(SMTP, merchant.email())).hasSize(1);
    }

    @Test
    void theMerchantIsRemindedBeforeTheDeadline() {
        SignedUp merchant = signUp("en");
        String id = applicationMissingTheBankProof(merchant.key());
        JsonNode due = awaitStatus(merchant.key(), id, "CHANGES_REQUESTED");
        String reference = due.get("reference").asText();
        Mailbox.await(SMTP, merchant.email(), "Changes needed");

        runTimer(id, "BoundaryEvent_ResubmissionReminder");

        Mailbox.Mail reminder = Mailbox.await(SMTP, merchant.email(), "Reminder");
        assertThat(reminder.subject()).isEqualTo("Reminder: your application " + reference + " needs changes by "
                + deadline(due, "d MMMM yyyy", Locale.ENGLISH));
        assertThat(reminder.body()).contains("- Proof of the bank account: This document is required.")
                .contains(deadline(due, "d MMMM yyyy, HH:mm", Locale.ENGLISH));
    }

    @Test
    void anOverdueReviewIsMailedToTheLeadsWithAnAddress() {
        leadId = "itlead" + UUID.randomUUID().toString().substring(0, 8);
        String leadEmail = leadId + "@compliance.example";
        User lead = identityService.newUser(leadId);
        lead.setFirstName("Lead");
        lead.setLastName("Tester");
        lead.setEmail(leadEmail);
        lead.setPassword(PASSWORD);
        identityService.saveUser(lead);
        identityService.createMembership(leadId, "compliance-leads");
        SignedUp merchant = signUp("en");
        String id = applicationInReview(merchant.key(), completeData(), COMPANY_DOCUMENTS);
        String reference = application(merchant.key(), id).get("reference").asText();

        runTimer(id, "BoundaryEvent_ReviewOverdue");

        Mailbox.Mail mail = Mailbox.await(SMTP, leadEmail, reference);
        assertThat(mail.subject()).isEqualTo("Overdue review escalated: application " + reference);
        assertThat(mail.body()).contains("/camunda/app/tasklist/").doesNotContain(ACCOUNT_NUMBER, ID_NUMBER);
        assertThat(Mailbox.to(SMTP, merchant.email())).isEmpty();
    }

    private static String deadline(JsonNode application, String pattern, Locale locale) {
        Instant respondBy = Instant.parse(application.at("/requirements/respondBy").asText());
        return DateTimeFormatter.ofPattern(pattern, locale).format(respondBy.atZone(SHANGHAI));
    }

    private void runTimer(String applicationId, String activityId) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().activityId(activityId)
                .singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        managementService.executeJob(timer.getId());
    }
}
