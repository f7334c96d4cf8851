package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.support.Browser;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.Mailbox;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.merchantonboarding.support.TestFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A merchant's whole way through the portal in a real browser (Debian's Chromium, headless), in Chinese: sign-up,
 * the guided form, an unreadable licence reported at once, submission, the officer's request at the licence,
 * the fix and resubmission, bank verification, and the live wallet, whose QR code and payment link show once
 * two-step login is on (the merchant enrols on the way). The officer's decisions are
 * made with the engine's API (see {@link #decide}). The screenshots illustrate docs/merchant-guide.md.
 */
class PortalBrowserIT extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a-long-password-123";
    private static final String OFFICER_MESSAGE = "营业执照照片下方被裁掉了，请上传完整的一页。";
    private static final int SHOT_WIDTH = 1200;

    @TempDir
    Path files;
    @Autowired
    private TaskService tasks;
    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.startOrSkip(port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMerchantGoesLiveThroughThePortalInChinese() throws Exception {
        String email = "portal-" + UUID.randomUUID() + "@tea.example.cn";

        // Sign up in Chinese: the first API key is shown once.
        browser.open("/portal/signup");
        browser.click(By.cssSelector("nav.languages a[lang='zh-CN']"));
        browser.awaitText(By.tagName("h1"), "注册");
        shoot("merchant-signup", true);
        browser.await(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("displayName")).sendKeys("厦门示例贸易有限公司");
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.click(By.cssSelector("main form button[type=submit]"));
        String key = browser.await(By.id("new-key")).getText();
        assertThat(key).startsWith("mo_");
        shoot("merchant-api-key", false);

        // Log out and in again: the portal is in the merchant's language.
        browser.click(By.cssSelector("form.logout button"));
        browser.awaitText(By.tagName("h1"), "登录");
        browser.loginToPortal(email, PASSWORD);
        browser.awaitText(By.tagName("h1"), "我的申请");
        browser.click(By.xpath("//button[contains(., '开始新的申请')]"));

        // Step 1: a wrong category code is reported as it is typed (the server's validation), then fixed.
        browser.awaitText(By.tagName("h1"), "企业信息");
        String id = applicationIdFromUrl();
        type("legalName", "厦门示例贸易有限公司");
        type("tradingName", "Example Tea House");
        new Select(browser.driver().findElement(By.id("businessType"))).selectByValue("COMPANY");
        type("registrationNumber", "91350200776049653A");
        type("country", "CN");
        type("merchantCategoryCode", "58a");
        browser.awaitText(By.id("merchantCategoryCode-error"), "请输入 4 位数字的商户类别码");
        assertThat(browser.driver().findElement(By.id("merchantCategoryCode")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        shoot("merchant-step-business-check", false);
        browser.driver().findElement(By.id("merchantCategoryCode")).clear();
        type("merchantCategoryCode", "5812");
        type("website", "https://tea.example.cn");
        type("expectedMonthlyVolume.amount", "80000.00");
        type("expectedMonthlyVolume.currency", "CNY");
        type("contact.phone", "+86 592 555 0100");
        saveAndContinue("法定代表人与受益所有人");

        // Step 2, 3, 4.
        type("legalRepresentative.fullName", "王小明");
        type("legalRepresentative.idNumber", "35020319900101123X");
        type("beneficialOwners[0].fullName", "王小明");
        type("beneficialOwners[0].ownershipPercent", "60");
        saveAndContinue("结算银行账户");
        type("bankAccount.holderName", "厦门示例贸易有限公司");
        type("bankAccount.accountNumber", "6222020200112233445");
        type("bankAccount.bankName", "中国工商银行");
        type("bankAccount.currency", "CNY");
        saveAndContinue("支付平台与功能");
        for (String choice : List.of("walletProviders-ALIPAY", "walletProviders-WECHAT_PAY", "paymentFeatures-QR_CODE",
                "paymentFeatures-PAYMENT_LINK")) {
            browser.click(By.id(choice));
        }
        saveAndContinue("证件材料");

        // Step 5: a licence photo too small to read is reported at the licence right away.
        upload("BUSINESS_LICENSE", "licence-small.png", TestFiles.png(560, 400));
        WebElement licence = browser.await(By.id("document-BUSINESS_LICENSE"));
        browser.awaitText(By.id("document-BUSINESS_LICENSE"), "证件图片不清晰或无法识别");
        assertThat(licence.getText()).contains("此文件无法使用");
        assertThat((Boolean) browser.script("var i = document.querySelector('#document-BUSINESS_LICENSE img.preview');"
                + " return i != null && i.complete && i.naturalWidth === 560;")).isTrue();
        shoot("merchant-upload-unreadable", true);
        remove("BUSINESS_LICENSE");
        upload("BUSINESS_LICENSE", "licence.jpg", TestFiles.jpeg(1200, 800));
        browser.awaitText(By.id("document-BUSINESS_LICENSE"), "已检查：清晰可读");
        for (String type : List.of("LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK", "BANK_ACCOUNT_PROOF")) {
            upload(type, type.toLowerCase() + ".jpg", TestFiles.jpeg(1200, 800));
            browser.awaitText(By.id("document-" + type), "已检查：清晰可读");
        }
        shoot("merchant-documents", true);

        // Submit: screening sends the complete application to an officer.
        browser.click(By.xpath("//a[contains(., '前往总览')]"));
        browser.click(By.xpath("//button[contains(., '提交申请')]"));
        awaitStatus(id, "人工审核中");

        // The officer asks for a new licence photo, with a message at the licence.
        decide(id, "REQUEST_CHANGES", "请上传更清晰的营业执照照片。", List.of(Map.of(
                "requirement", "documents.BUSINESS_LICENSE", "code", "OFFICER_REQUEST", "message", OFFICER_MESSAGE)));
        awaitStatus(id, "需要修改");
        // The changes-requested mail, in Chinese, with the officer's message (GreenMail, a real SMTP server).
        Mailbox.Mail mail = Mailbox.await(SMTP, email, "");
        assertThat(mail.body()).contains(OFFICER_MESSAGE);
        assertThat(mail.subject() + mail.body()).containsPattern("[\\u4e00-\\u9fff]");
        assertThat(browser.await(By.cssSelector("section.feedback")).getText())
                .contains("请在此时间前重新提交", "请上传更清晰的营业执照照片。", "营业执照", "尚未修改");
        assertThat(browser.await(By.id("resubmit")).isEnabled()).isFalse();
        shoot("merchant-changes-requested", true);

        browser.click(By.xpath("//section[contains(@class,'feedback')]//a[contains(., '证件材料')]"));
        browser.awaitText(By.cssSelector("#document-BUSINESS_LICENSE ul.due"), OFFICER_MESSAGE);
        assertThat(browser.driver().findElement(By.cssSelector("nav.steps li:nth-child(5)")).getText())
                .contains("需修改");
        shoot("merchant-officer-message", true);

        // The merchant replaces the licence and resubmits.
        upload("BUSINESS_LICENSE", "licence-whole-page.png", TestFiles.png(1400, 1000));
        browser.awaitText(By.id("document-BUSINESS_LICENSE"), "已检查：清晰可读");
        remove("BUSINESS_LICENSE");
        browser.awaitText(By.cssSelector("#document-BUSINESS_LICENSE ul.due"), "已修改");
        browser.open("/portal/applications/" + id);
        assertThat(browser.await(By.id("resubmit")).isEnabled()).isTrue();
        browser.click(By.id("resubmit"));
        awaitStatus(id, "人工审核中");
        assertThat(application(key, id).get("revision").asInt()).isEqualTo(2);

        // Approved: the merchant confirms the micro-deposits, a wrong try first.
        decide(id, "APPROVE", null, null);
        awaitStatus(id, "已批准");
        browser.await(By.id("amount1")).sendKeys("0.12");
        browser.driver().findElement(By.id("amount2")).sendKeys("0.34");
        browser.click(By.xpath("//section[@id='bank-verification']//button"));
        browser.awaitText(By.id("bank-verification"), "剩余尝试次数：2");
        shoot("merchant-bank-verification", false);
        browser.await(By.id("amount1")).sendKeys("0.32");
        browser.driver().findElement(By.id("amount2")).sendKeys("0.45");
        browser.click(By.xpath("//section[@id='bank-verification']//button"));

        // Live, but the payment link and QR code wait for two-step login (onboarding.portal.two-step-required-for-wallet):
        // the page says why and links to the enrolment; the QR code's address answers 403.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> d.findElements(By.id("two-step-required")).stream().findFirst().orElse(null));
        assertThat(browser.driver().findElement(By.id("two-step-required")).getText()).contains("两步登录");
        assertThat(browser.driver().findElements(By.id("wallet-qr"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("payment-link"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(application(key, id).at("/wallet/paymentLinkBase")
                .asText());
        String walletPage = URI.create(browser.driver().getCurrentUrl()).getPath();
        assertThat(TwoStepInBrowser.fetch(browser, browser.driver().getCurrentUrl().replaceAll("[?#].*$", "")
                + "/qr.png").statusCode()).isEqualTo(403);
        shoot("merchant-wallet-two-step-required", true);
        browser.click(By.cssSelector("#two-step-required a"));
        browser.await(By.id("two-step-secret"));
        shoot("merchant-two-step-enrol", true);
        TwoStepInBrowser.enrol(browser);
        shoot("merchant-two-step-recovery-codes", false);
        browser.open(walletPage);

        // With two-step login: the wallet with its payment link and QR code, which holds the wallet's payload.
        WebElement qr = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> d.findElements(By.id("wallet-qr")).stream().findFirst().orElse(null));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> (Boolean) browser.script(
                "var i = document.getElementById('wallet-qr'); return i.complete && i.naturalWidth > 0;"));
        JsonNode live = application(key, id);
        assertThat(live.get("status").asText()).isEqualTo("LIVE");
        String payload = live.at("/wallet/qrCodePayload").asText();
        assertThat(QrCodesTest.decode(fetchWithSession(qr.getAttribute("src")))).isEqualTo(payload);
        assertThat(browser.driver().findElement(By.id("payment-link")).getText())
                .isEqualTo(live.at("/wallet/paymentLinkBase").asText());
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("支付宝", "微信支付", "二维码收款");
        shoot("merchant-wallet", true);

        browser.open("/portal/applications/" + id);
        assertThat(browser.await(By.cssSelector("section.history")).getText()).contains("合规审核团队", "已开通");
        shoot("merchant-overview-history", true);
    }

    private void type(String field, String text) {
        browser.await(By.id(field)).sendKeys(text);
    }

    private void saveAndContinue(String nextTitle) {
        browser.click(By.cssSelector("button[name=action][value=next]"));
        browser.awaitText(By.tagName("h1"), nextTitle);
    }

    private void upload(String type, String name, byte[] bytes) throws IOException {
        Path file = Files.write(files.resolve(name), bytes);
        browser.await(By.id("file-" + type)).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.cssSelector("#document-" + type + " form.upload button"));
        browser.awaitText(By.id("document-" + type), "已上传");
    }

    /** Removes the oldest file of this type (the one listed first). */
    private void remove(String type) {
        browser.click(By.cssSelector("#document-" + type + " li.file form button"));
        browser.awaitText(By.id("document-" + type), "文件已删除");
    }

    private String applicationIdFromUrl() {
        String path = URI.create(browser.driver().getCurrentUrl()).getPath();
        return path.split("/")[3];
    }

    /** Reloads the overview until the status shows (screening and the officer's decision are asynchronous). */
    private void awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open("/portal/applications/" + id);
            return browser.await(By.cssSelector(".app-header .status")).getText().equals(status);
        });
    }

    /**
     * An officer's decision, made with the engine's Java API as {@code itolivia}: the review listeners check it as
     * they check one from Tasklist or /engine-rest. Not through /engine-rest here, because that resolves the engine
     * by name in Camunda's static registry, which another test context in the same JVM (DemoProfileIT) takes over.
     */
    private void decide(String id, String decision, String comment, List<Map<String, String>> changes)
            throws Exception {
        String[] task = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var review = tasks.createTaskQuery().processInstanceBusinessKey(id)
                    .taskDefinitionKey("UserTask_ReviewApplication").singleResult();
            task[0] = review == null ? null : review.getId();
            return task[0] != null;
        });
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision);
        if (comment != null) {
            variables.put("reviewComment", comment);
        }
        if (changes != null) {
            variables.put("requestedChanges", JSON.writeValueAsString(changes));
        }
        identityService.setAuthentication("itolivia", List.of("compliance-officers"));
        try {
            tasks.claim(task[0], "itolivia");
            tasks.complete(task[0], variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Loads a portal resource as the browser would, with its session. */
    private byte[] fetchWithSession(String url) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        return response.body();
    }

    /** A screenshot for the guide; with {@code english}, the same page again in English (for the English guide). */
    private void shoot(String name, boolean english) {
        browser.screenshotPage(name + "-zh", SHOT_WIDTH);
        if (english) {
            String url = browser.driver().getCurrentUrl().replaceAll("[?#].*$", "");
            browser.open(URI.create(url).getPath() + "?lang=en");
            browser.screenshotPage(name + "-en", SHOT_WIDTH);
            browser.open(URI.create(url).getPath() + "?lang=zh-CN");
        }
    }
}
