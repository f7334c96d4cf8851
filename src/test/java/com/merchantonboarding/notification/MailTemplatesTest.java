package com.merchantonboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantonboarding.common.Locales;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class MailTemplatesTest {

    static final Instant DEADLINE = Instant.parse("2026-12-25T10:00:00Z");

    static NotificationProperties properties(String templates) {
        return new NotificationProperties("Merchant Onboarding <no-reply@onboarding.example>", templates, Duration.ZERO,
                ZoneId.of("Asia/Shanghai"), Locale.ENGLISH, "http://localhost:8080/camunda/app/tasklist/",
                new NotificationProperties.Worker(true, Duration.ofSeconds(2), 20, Duration.ofMinutes(2), ""),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(6), 2.0, 20));
    }

    static final MailContent CHANGES = new MailContent("MO-2026-000042", "CHANGES_REQUESTED", 2,
            List.of(new MailContent.Item("documents.BANK_ACCOUNT_PROOF", "DOCUMENT_MISSING", "Reason one."),
                    new MailContent.Item("beneficialOwners[0].fullName", "FIELD_MISSING", "Reason two.")),
            DEADLINE, "Please upload the whole page.", List.of(), null, List.of(), null);

    private final NotificationProperties properties = properties("classpath:/templates/mail/");
    private final MailTemplates templates = new MailTemplates(properties, new DefaultResourceLoader());

    private MailTemplates.Rendered render(MailTemplates templates, String name, Locale locale, MailContent content) {
        return templates.render(name, locale, MailVariables.of(content, locale, templates, properties));
    }

    @Test
    void rendersTheChangeRequestInEnglishWithLabelsReasonsAndTheDeadline() {
        MailTemplates.Rendered mail = render(templates, "changes-requested", Locale.ENGLISH, CHANGES);

        assertThat(mail.subject()).isEqualTo("Changes needed for your application MO-2026-000042");
        assertThat(mail.body())
                .contains("- Proof of the bank account: Reason one.\n- Beneficial owner's name: Reason two.\n")
                .contains("Please upload the whole page.")
                .contains("25 December 2026, 18:00 UTC+08:00")
                .doesNotContain("[(", "th:");
    }

    @Test
    void rendersTheChangeRequestInChinese() {
        MailTemplates.Rendered mail = render(templates, "changes-requested", Locales.ZH_CN, CHANGES);

        assertThat(mail.subject()).isEqualTo("您的申请 MO-2026-000042 需要补充修改");
        assertThat(mail.body()).contains("- 银行开户证明：Reason one.").contains("- 受益所有人姓名：Reason two.")
                .contains("2026年12月25日 18:00（UTC+08:00）");
    }

    @Test
    void everyShippedTemplateRendersInBothLanguages() {
        MailContent full = new MailContent("MO-2026-000042", "LIVE", 3, CHANGES.items(), DEADLINE, "A message.",
                List.of(new MailContent.Reason("PROHIBITED_CATEGORY", "We cannot offer a wallet.")),
                "https://pay.onboarding.example/l/MO-2026-000042", List.of("ALIPAY", "WECHAT_PAY"), DEADLINE);
        MailContent empty = new MailContent("MO-2026-000042", "EXPIRED", 1, List.of(), DEADLINE, null, List.of(), null,
                List.of(), null);
        for (String name : MailTemplates.NAMES) {
            for (Locale locale : List.of(Locale.ENGLISH, Locales.ZH_CN)) {
                for (MailContent content : List.of(full, empty)) {
                    MailTemplates.Rendered mail = render(templates, name, locale, content);
                    assertThat(mail.subject()).as(name + " " + locale).contains("MO-2026-000042").doesNotContain("\n");
                    assertThat(mail.body()).as(name + " " + locale).isNotBlank().doesNotContain("[(", "[#", "[/]", "null")
                            .doesNotContain("\n\n\n");
                }
            }
        }
    }

    @Test
    void rendersAnAnswerWithTheQuestionTheItemAndTheDeadlineInBothLanguages() {
        MailContent answer = CHANGES.withAnswer("Is a scan fine?", "documents.BANK_ACCOUNT_PROOF",
                "Yes: a scan of the whole page.");

        MailTemplates.Rendered english = render(templates, "question-answered", Locale.ENGLISH, answer);
        assertThat(english.subject()).isEqualTo("Your question about application MO-2026-000042 has been answered");
        assertThat(english.body()).contains("About: Proof of the bank account\n", "Is a scan fine?",
                        "Yes: a scan of the whole page.", "25 December 2026, 18:00 UTC+08:00")
                .doesNotContain("Reason one.", "Please upload the whole page.", "[(", "th:");

        MailTemplates.Rendered chinese = render(templates, "question-answered", Locales.ZH_CN, answer);
        assertThat(chinese.subject()).isEqualTo("您关于申请 MO-2026-000042 的问题已得到答复");
        assertThat(chinese.body()).contains("涉及项目：银行开户证明", "Yes: a scan of the whole page.",
                "2026年12月25日 18:00（UTC+08:00）");
    }

    @Test
    void namesTheWalletProvidersInTheMerchantsLanguage() {
        MailContent live = new MailContent("MO-2026-000042", "LIVE", 1, List.of(), null, null, List.of(),
                "https://pay.onboarding.example/l/MO-2026-000042", List.of("ALIPAY", "WECHAT_PAY"), null);

        assertThat(render(templates, "live", Locales.ZH_CN, live).body()).contains("支付宝、微信支付")
                .contains("https://pay.onboarding.example/l/MO-2026-000042");
        assertThat(render(templates, "live", Locale.ENGLISH, live).body()).contains("Alipay, WeChat Pay");
    }

    @Test
    void aFolderOnDiskReplacesTheShippedTemplates(@TempDir Path folder) throws IOException {
        copyShippedTemplates(folder);
        Files.writeString(folder.resolve("expired.en.txt"), "Gone: [(${reference})]\n\nEdited by an analyst.\n",
                StandardCharsets.UTF_8);
        MailTemplates edited = new MailTemplates(properties(folder.toUri().toString()), new DefaultResourceLoader());

        MailTemplates.Rendered mail = render(edited, "expired", Locale.ENGLISH, CHANGES);

        assertThat(mail.subject()).isEqualTo("Gone: MO-2026-000042");
        assertThat(mail.body()).isEqualTo("Edited by an analyst.\n");
    }

    @Test
    void refusesToStartWhenATemplateIsMissing(@TempDir Path folder) throws IOException {
        copyShippedTemplates(folder);
        Files.delete(folder.resolve("live.zh-CN.txt"));

        assertThatThrownBy(() -> new MailTemplates(properties(folder.toUri().toString()), new DefaultResourceLoader()))
                .hasMessageContaining("live.zh-CN.txt");
    }

    @Test
    void theSecurityMailsSayWhatHappenedAndWhatToDoInBothLanguagesWithoutTheSecret() {
        MailContent logins = MailContent.security(new MailContent.Security(5, DEADLINE, null));
        MailTemplates.Rendered english = render(templates, SecurityAlerts.PORTAL_MAIL, Locale.ENGLISH, logins);
        assertThat(english.subject()).isEqualTo("Failed logins to your Merchant Onboarding account");
        assertThat(english.body()).contains("at least 5 times within about an hour")
                .contains("25 December 2026, 18:00 UTC+08:00").contains("change your password")
                .contains("two-step login").doesNotContain("null", "[(", "[#");
        MailTemplates.Rendered chinese = render(templates, SecurityAlerts.PORTAL_MAIL, Locales.ZH_CN, logins);
        assertThat(chinese.subject()).isEqualTo("您的商户入驻账户有多次登录失败");
        assertThat(chinese.body()).contains("至少 5 次").contains("2026年12月25日 18:00（UTC+08:00）")
                .contains("修改密码").contains("两步登录").doesNotContain("null");

        MailTemplates.Rendered codes = render(templates, SecurityAlerts.TWO_STEP_MAIL, Locale.ENGLISH, logins);
        assertThat(codes.subject()).isEqualTo("Wrong two-step codes on your Merchant Onboarding account");
        assertThat(codes.body()).contains("your password, then entered a wrong two-step code at least 5 times")
                .contains("your password is known to someone else").doesNotContain("null", "[(", "[#");
        assertThat(render(templates, SecurityAlerts.TWO_STEP_MAIL, Locales.ZH_CN, logins).body())
                .contains("正确的密码").contains("至少 5 次").doesNotContain("null", "[(", "[#");

        MailContent keys = MailContent.security(new MailContent.Security(5, DEADLINE, "mo_Ab3De"));
        for (Locale locale : List.of(Locale.ENGLISH, Locales.ZH_CN)) {
            MailTemplates.Rendered mail = render(templates, SecurityAlerts.API_KEY_MAIL, locale, keys);
            assertThat(mail.body()).as(locale.toString()).contains("mo_Ab3De").doesNotContain("null", "[(", "[#");
        }
    }

    private static void copyShippedTemplates(Path folder) throws IOException {
        DefaultResourceLoader loader = new DefaultResourceLoader();
        for (String name : Stream.concat(MailTemplates.NAMES.stream(), MailTemplates.ACCOUNT_MAILS.stream()).toList()) {
            for (String language : MailTemplates.LANGUAGES) {
                String file = name + "." + language + ".txt";
                try (var in = loader.getResource("classpath:/templates/mail/" + file).getInputStream()) {
                    Files.copy(in, folder.resolve(file));
                }
            }
        }
        for (String file : List.of("labels.properties", "labels_zh_CN.properties")) {
            try (var in = loader.getResource("classpath:/templates/mail/" + file).getInputStream()) {
                Files.copy(in, folder.resolve(file));
            }
        }
    }
}
