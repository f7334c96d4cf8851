package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.merchant.MerchantRepository;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.TestFiles;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal over HTTP as a browser without JavaScript uses it: login, CSRF, languages, keys, the form's
 * validation at the field, upload answers, and that a merchant reaches only its own applications.
 */
class PortalIT extends IntegrationTest {

    private static final Pattern NEW_KEY = Pattern.compile("id=\"new-key\">(mo_[A-Za-z0-9]+)<");

    @Autowired
    private MerchantRepository merchants;

    private PortalClient portal;
    private String email;

    @BeforeEach
    void newPortalMerchant() {
        portal = new PortalClient(port);
        email = "portal-" + UUID.randomUUID() + "@example.cn";
    }

    @Test
    void sendsVisitorsToTheLoginAndRefusesWrongPasswords() {
        assertThat(portal.get("/portal/").location()).endsWith("/portal/login");
        portal.get("/portal/login");
        PortalClient.Page wrong = portal.post("/portal/login", Map.of("email", "nobody@example.cn", "password", "x"));
        assertThat(wrong.location()).endsWith("/portal/login?error");
        assertThat(portal.follow(wrong).body()).contains("The email or the password is wrong.");
    }

    @Test
    void signsUpInChineseShowsTheKeyOnceAndRemembersTheLanguage() {
        PortalClient.Page page = portal.get("/portal/signup?lang=zh-CN");
        assertThat(page.body()).contains("<html lang=\"zh-CN\"", "创建账户");
        assertThat(portal.cookie(PortalLocaleResolver.COOKIE)).isEqualTo("zh-CN");
        assertThat(portal.get("/portal/login").body()).contains("<html lang=\"zh-CN\"");

        PortalClient.Page signedUp = portal.post("/portal/signup", Map.of("email", email,
                "password", "a-long-password-123", "displayName", "厦门示例贸易有限公司"));
        String key = apiKeyOn(portal.follow(signedUp).body());
        assertThat(http.get("/api/v1/applications", Http.bearer(key)).status()).isEqualTo(200);
        assertThat(portal.get("/portal/keys").body()).doesNotContain(key).contains(key.substring(0, 8) + "…");
        assertThat(merchants.findByEmailIgnoreCase(email).orElseThrow().getLocale().toLanguageTag()).isEqualTo("zh-CN");

        // Another browser: no language cookie, an English browser; the merchant's own language after login.
        PortalClient other = new PortalClient(port);
        assertThat(other.get("/portal/login").body()).contains("<html lang=\"en\"");
        other.logIn(email, "a-long-password-123");
        assertThat(other.get("/portal/").body()).contains("<html lang=\"zh-CN\"", "我的申请");
        assertThat(other.get("/portal/?lang=en").body()).contains("<html lang=\"en\"", "Your applications");
        // Choosing while logged in is the account's choice: mails follow (OutboxRecorder reads the account).
        assertThat(merchants.findByEmailIgnoreCase(email).orElseThrow().getLocale().toLanguageTag()).isEqualTo("en");
        other.get("/portal/?lang=fr");
        assertThat(merchants.findByEmailIgnoreCase(email).orElseThrow().getLocale().toLanguageTag()).isEqualTo("en");
        PortalClient third = new PortalClient(port);
        third.logIn(email, "a-long-password-123");
        assertThat(third.get("/portal/").body()).contains("<html lang=\"en\"");
    }

    @Test
    void refusesSignUpsTheApiRefuses() {
        portal.signUp(email, "Tea");
        PortalClient second = new PortalClient(port);
        second.get("/portal/signup");
        PortalClient.Page refused = second.post("/portal/signup", Map.of("email", email.toUpperCase(),
                "password", "short", "displayName", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("At least 12 characters.", "This information is required.");
        PortalClient.Page taken = second.post("/portal/signup", Map.of("email", email,
                "password", "a-long-password-123", "displayName", "Tea"));
        assertThat(taken.body()).contains("An account with this email already exists.");
    }

    @Test
    void refusesFormsWithoutTheCsrfToken() {
        portal.signUp(email, "Tea");
        PortalClient.Page forged = portal.post("/portal/applications", Map.of("_csrf", "forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired or did not come from this portal");
        assertThat(portal.post("/portal/keys", Map.of("_csrf", "")).status()).isEqualTo(403);
        assertThat(portal.post("/portal/applications", Map.of()).status()).isEqualTo(302);
    }

    @Test
    void createsAndRevokesApiKeys() {
        portal.signUp(email, "Tea");
        portal.get("/portal/keys");
        String key = apiKeyOn(portal.follow(portal.post("/portal/keys", Map.of("label", "shop till"))).body());
        assertThat(http.get("/api/v1/applications", Http.bearer(key)).status()).isEqualTo(200);
        String page = portal.get("/portal/keys").body();
        // The first revoke button is the newest key's: the one just created.
        Matcher revoke = Pattern.compile("action=\"(/portal/keys/[0-9a-f-]+/revoke)\"").matcher(page);
        assertThat(revoke.find()).isTrue();
        assertThat(portal.follow(portal.post(revoke.group(1), Map.of())).body()).contains("The key was revoked");
        assertThat(http.get("/api/v1/applications", Http.bearer(key)).status()).isEqualTo(401);
        assertThat(portal.post("/portal/keys/" + UUID.randomUUID() + "/revoke", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void showsAnotherMerchantsApplicationAsNotFound() {
        String otherKey = newMerchant();
        String otherId = createApplication(otherKey, completeData());
        String documentId = upload(otherKey, otherId, "BUSINESS_LICENSE").get("id").asText();
        portal.signUp(email, "Tea");
        for (String path : new String[] {"", "/steps/business", "/steps/documents", "/wallet",
                "/wallet/qr.png", "/documents/" + documentId + "/preview"}) {
            PortalClient.Page page = portal.get("/portal/applications/" + otherId + path);
            assertThat(page.status()).as(path).isEqualTo(404);
        }
        assertThat(portal.get("/portal/applications/not-a-uuid").status()).isEqualTo(404);
        portal.get("/portal/");
        assertThat(portal.post("/portal/applications/" + otherId + "/steps/business",
                Map.of("legalName", "Taken over")).status()).isEqualTo(404);
        assertThat(application(otherKey, otherId).at("/data/legalName").asText()).isEqualTo("厦门示例贸易有限公司");
    }

    @Test
    void showsRefusedValuesAtTheirFieldsAndSavesNothing() {
        portal.signUp(email, "Tea");
        portal.get("/portal/?lang=zh-CN");
        String path = URI.create(portal.post("/portal/applications", Map.of()).location()).getPath();
        assertThat(path).matches("/portal/applications/[0-9a-f-]{36}/steps/business");
        assertThat(portal.get(path).body()).contains("value=\"" + email + "\"");
        PortalClient.Page refused = portal.post(path, Map.of("legalName", "厦门示例贸易有限公司",
                "merchantCategoryCode", "58a", "country", "cn", "contact.email", "not-an-email"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("请输入 4 位数字的商户类别码", "请输入邮箱地址", "aria-invalid=\"true\"",
                "value=\"58a\"");
        PortalClient.Page check = portal.post(path + "/check", Map.of("merchantCategoryCode", "58a"));
        assertThat(check.body()).contains("\"merchantCategoryCode\"", "请输入 4 位数字的商户类别码");
        assertThat(portal.get(path).body()).doesNotContain("厦门示例贸易有限公司");

        PortalClient.Page saved = portal.post(path, Map.of("legalName", "厦门示例贸易有限公司",
                "merchantCategoryCode", "5812", "country", "cn", "action", "next"));
        assertThat(saved.location()).endsWith("/steps/representative");
        assertThat(portal.get(path).body()).contains("value=\"厦门示例贸易有限公司\"", "value=\"CN\"", "value=\"5812\"");
    }

    @Test
    void neverShowsTheSavedAccountNumberAndKeepsItWhenLeftEmpty() {
        String key = signUpAndGetKey();
        String id = createApplication(key, completeData());
        String path = "/portal/applications/" + id + "/steps/bank";
        PortalClient.Page page = portal.get(path);
        assertThat(page.body()).doesNotContain("6222020200112233445").contains("****3445");
        portal.post(path, Map.of("bankAccount.holderName", "厦门示例贸易有限公司", "bankAccount.accountNumber", "",
                "bankAccount.bankName", "中国银行", "bankAccount.currency", "CNY"));
        JsonNode data = application(key, id).get("data");
        assertThat(data.at("/bankAccount/accountNumber").asText()).isEqualTo("****3445");
        assertThat(data.at("/bankAccount/bankName").asText()).isEqualTo("中国银行");
        assertThat(data.at("/legalName").asText()).isEqualTo("厦门示例贸易有限公司");
    }

    @Test
    void answersUploadsAtOnceInTheMerchantsLanguage() {
        String key = signUpAndGetKey();
        String id = createApplication(key, completeData());
        String documents = "/portal/applications/" + id + "/steps/documents";
        portal.get(documents + "?lang=zh-CN");

        PortalClient.Page executable = portal.upload("/portal/applications/" + id + "/documents", "BUSINESS_LICENSE",
                "licence.jpg", TestFiles.executable());
        assertThat(executable.location()).endsWith("/steps/documents#document-BUSINESS_LICENSE");
        assertThat(portal.follow(executable).body()).contains("此文件都不是 JPEG、PNG 或 PDF 文件");

        portal.upload("/portal/applications/" + id + "/documents", "BUSINESS_LICENSE", "small.png",
                TestFiles.png(500, 400));
        String page = portal.get(documents).body();
        assertThat(page).contains("此文件无法使用", "证件图片不清晰或无法识别");
        assertThat(application(key, id).at("/documents/0/inspection/status").asText()).isEqualTo("FAILED");

        Matcher preview = Pattern.compile("src=\"(/portal/applications/[^\"]+/preview)\"").matcher(page);
        assertThat(preview.find()).isTrue();
        PortalClient.Page image = portal.get(preview.group(1));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");
        assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void answersAFileOverTheSizeLimitAtTheDocument() {
        String key = signUpAndGetKey();
        String id = createApplication(key, completeData());
        portal.get("/portal/applications/" + id + "/steps/documents");
        byte[] large = new byte[10 * 1024 * 1024 + 300_000];
        PortalClient.Page refused = portal.upload("/portal/applications/" + id + "/documents", "BUSINESS_LICENSE",
                "scan.pdf", large);
        assertThat(refused.location()).endsWith("/steps/documents#document-BUSINESS_LICENSE");
        assertThat(portal.follow(refused).body()).contains("The file is larger than 10 MB.");
        assertThat(application(key, id).get("documents")).isEmpty();
    }

    private String signUpAndGetKey() {
        portal.get("/portal/signup");
        return apiKeyOn(portal.follow(portal.post("/portal/signup", Map.of("email", email,
                "password", "a-long-password-123", "displayName", "Tea"))).body());
    }

    private static String apiKeyOn(String page) {
        Matcher key = NEW_KEY.matcher(page);
        assertThat(key.find()).as(page).isTrue();
        return key.group(1);
    }
}
