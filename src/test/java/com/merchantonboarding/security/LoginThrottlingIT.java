package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.merchantonboarding.support.Browser;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.Mailbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Login throttling on PostgreSQL (docs/security.md): wrong API keys, Camunda's login delay and the merchant's mail
 * after repeated failures. Calls that must come from another client address are sent from another loopback address
 * (127.0.0.x), so the tests' own address is never throttled for the other tests.
 */
class LoginThrottlingIT extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Camunda's delay after a user's first failed login (review/EngineControls). */
    private static final int CAMUNDA_FIRST_DELAY_SECONDS = 3;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private LoginThrottle loginThrottle;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private ObjectMapper json;

    private String camundaUser;

    @AfterEach
    void forgetTheseTestsFailures() {
        jdbc.update("delete from auth_failure_bucket where id like 'api-key-address:127.0.0.%' and id <> "
                + "'api-key-address:127.0.0.1'");
        if (camundaUser != null) {
            identityService.deleteUser(camundaUser);
        }
    }

    @Test
    void wrongApiKeysFromOneAddressGet429WithRetryAfterWhileAValidKeyFromAnotherAddressWorks() throws IOException {
        String key = newMerchant();
        for (int i = 0; i < ApiKeyAuthenticationFilter.BY_ADDRESS.failures(); i++) {
            Raw wrong = rawGet("127.0.0.5", "/api/v1/applications", randomKey());
            assertThat(wrong.status()).as("wrong key %d: %s", i, wrong).isEqualTo(401);
        }
        Raw throttled = rawGet("127.0.0.5", "/api/v1/applications", randomKey());
        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        long seconds = Long.parseLong(throttled.header("Retry-After"));
        assertThat(seconds).isBetween(1L, 30L);
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(throttled.body());
        assertThat(problem.get("type").asText()).endsWith("too-many-failures");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asText()).contains("Try again in " + seconds + " seconds");
        // Checked before the key is looked at: a throttled guess learns nothing, even with the right key.
        assertThat(rawGet("127.0.0.5", "/api/v1/applications", key).status()).isEqualTo(429);

        assertThat(http.get("/api/v1/applications", Http.bearer(key)).status()).as("another address").isEqualTo(200);
        assertThat(rawGet("127.0.0.7", "/api/v1/applications", key).status()).isEqualTo(200);

        // The count is in the database: a fresh query and another node's buckets see it.
        assertThat(jdbc.queryForObject("select count(*) from auth_failure_bucket where id = ?", Integer.class,
                "api-key-address:127.0.0.5")).isOne();
        FailureBuckets otherNode = new FailureBuckets(dataSource, jdbc);
        assertThat(otherNode.waitBefore(ApiKeyAuthenticationFilter.BY_ADDRESS, "127.0.0.5")).get()
                .satisfies(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
        assertThat(otherNode.waitBefore(ApiKeyAuthenticationFilter.BY_ADDRESS, "127.0.0.7")).isEmpty();
    }

    @Test
    void wrongKeysLikeAMerchantsKeyAreSlowedAndTheMerchantIsToldOnceInTheirLanguage() throws Exception {
        String email = "keys-" + UUID.randomUUID() + "@example.cn";
        Http.Response signUp = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email", email,
                "password", "a-long-password-123", "displayName", "Tea", "locale", "zh-CN"));
        String key = signUp.json().get("apiKey").asText();
        String prefix = key.substring(0, ApiKeyAuthenticationFilter.PREFIX_LENGTH);
        String[] addresses = {"127.0.0.11", "127.0.0.12", "127.0.0.13"};

        for (int i = 0; i < ApiKeyAuthenticationFilter.BY_PREFIX.failures(); i++) {
            Raw wrong = rawGet(addresses[i % 3], "/api/v1/applications", prefix + randomKey().substring(8));
            assertThat(wrong.status()).as("wrong key %d: %s", i, wrong).isEqualTo(401);
        }
        Raw throttled = rawGet(addresses[0], "/api/v1/applications", prefix + randomKey().substring(8));
        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);
        // Knowing a merchant's prefix does not cut off their integration: the real key still works, from anywhere.
        assertThat(rawGet(addresses[0], "/api/v1/applications", key).status()).isEqualTo(200);

        Mailbox.Mail mail = Mailbox.await(SMTP, email, "API 密钥");
        assertThat(mail.subject()).isEqualTo("有与您的 API 密钥相似的错误密钥");
        assertThat(mail.body()).contains(prefix).contains("至少 5 个请求").contains("撤销")
                .doesNotContain(key.substring(ApiKeyAuthenticationFilter.PREFIX_LENGTH));
        Thread.sleep(1500);
        assertThat(Mailbox.to(SMTP, email)).as("one mail, not one per failure").hasSize(1);
    }

    @Test
    void repeatedWrongTwoStepCodesAfterTheRightPasswordMailTheMerchantOnce() throws Exception {
        String email = "two-step-" + UUID.randomUUID() + "@example.cn";
        assertThat(http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email", email,
                "password", "the-right-password-1", "displayName", "Tea", "locale", "zh-CN")).status()).isEqualTo(201);
        String merchantId = jdbc.queryForObject("select id from merchant where email = ?", String.class, email);

        // What the portal's code step records for each wrong code (portal/TwoStepThrottle: the merchant's id).
        for (int i = 0; i < 7; i++) {
            loginThrottle.failed(LoginFailed.TWO_STEP_CODE, merchantId, "127.0.0.1");
        }
        Mailbox.Mail mail = Mailbox.await(SMTP, email, "两步登录验证码错误");
        assertThat(mail.body()).contains("正确的密码").contains("至少 5 次").contains("修改密码");
        Thread.sleep(1500);
        assertThat(Mailbox.to(SMTP, email)).as("one mail a day, not one per failure").hasSize(1);
        loginThrottle.succeeded(LoginFailed.TWO_STEP_CODE, merchantId, "127.0.0.1");
    }

    @Test
    void repeatedWrongPortalPasswordsMailTheMerchantOnceWithoutThePassword() throws Exception {
        String email = "portal-" + UUID.randomUUID() + "@example.cn";
        assertThat(http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email", email,
                "password", "the-right-password-1", "displayName", "Tea")).status()).isEqualTo(201);

        for (int i = 0; i < LoginThrottle.ACCOUNT_AND_ADDRESS.freeFailures(); i++) {
            assertThat(portalLogin(email, "Guess-" + i + "-secret").status()).isEqualTo(302);
        }
        Mailbox.Mail mail = Mailbox.await(SMTP, email, "Failed logins");
        assertThat(mail.body()).contains("at least 5 times").contains("change your password")
                .contains("two-step login").doesNotContain("Guess-", "-secret");

        assertThat(portalLogin(email, "Guess-again-secret").status()).isEqualTo(302);
        Http.Response wait = portalLogin(email, "the-right-password-1");
        assertThat(wait.status()).isEqualTo(429);
        String seconds = wait.headers().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(wait.text()).contains("Too many failed attempts. For your account’s safety, try again in "
                + seconds + " seconds.");
        Http.Response inChinese = portalLogin(email, "the-right-password-1", "zh-CN");
        assertThat(inChinese.status()).isEqualTo(429);
        assertThat(inChinese.text()).contains("登录失败次数过多。为保护您的账户安全，请在 "
                + inChinese.headers().getFirst(HttpHeaders.RETRY_AFTER) + " 秒后重试。");
        Thread.sleep(Long.parseLong(wait.headers().getFirst(HttpHeaders.RETRY_AFTER)) * 1000 + 200);
        assertThat(portalLogin(email, "Guess-once-more-secret").status()).isEqualTo(302);
        Thread.sleep(1500);
        assertThat(Mailbox.to(SMTP, email)).as("one mail a day, not one per failure").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_delivery where recipient = ? and template = ?",
                Integer.class, email, "failed-logins")).isOne();
    }

    @Test
    void aUserCamundaDelaysGets429WithRetryAfterAtTheWebappLoginAndOnEngineRest() throws Exception {
        camundaUser = "itdelay" + RANDOM.nextInt(1_000_000);
        User user = identityService.newUser(camundaUser);
        user.setFirstName("Delayed");
        user.setLastName("Tester");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(camundaUser, "compliance-officers");

        assertThat(webappLogin(camundaUser, "Wrong-Password-1", "en").status()).isEqualTo(401);
        Timestamp lock = jdbc.queryForObject("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", Timestamp.class,
                camundaUser);
        assertThat(lock).as("Camunda's delay, in its table").isNotNull();

        Http.Response delayed = webappLogin(camundaUser, PASSWORD, "en");
        assertThat(delayed.status()).as(delayed.toString()).isEqualTo(429);
        long seconds = Long.parseLong(delayed.headers().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(seconds).isBetween(1L, 3L);
        assertThat(delayed.contentType()).startsWith("application/problem+json");
        assertThat(delayed.json().get("type").asText()).endsWith("login-delayed");
        // Tasklist shows the problem's message on its login page.
        assertThat(delayed.json().get("message").asText()).startsWith("Too many failed logins for this user. Try again in");
        assertThat(webappLogin(camundaUser, PASSWORD, "zh-CN").json().get("message").asText())
                .startsWith("该用户登录失败次数过多");

        Http.Response engineRest = http.get("/engine-rest/task", Http.basic(camundaUser, PASSWORD));
        assertThat(engineRest.status()).as(engineRest.toString()).isEqualTo(429);
        assertThat(Long.parseLong(engineRest.headers().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3L);
        assertThat(engineRest.json().get("type").asText()).endsWith("login-delayed");

        Thread.sleep(seconds * 1000 + 300);
        assertThat(http.get("/engine-rest/task", Http.basic(camundaUser, PASSWORD)).status()).isEqualTo(200);
        assertThat(webappLogin(camundaUser, PASSWORD, "en").status()).isEqualTo(200);
    }

    @Test
    void tasklistsLoginPageSaysHowLongADelayedUserMustWait() throws Exception {
        camundaUser = "itdelay" + RANDOM.nextInt(1_000_000);
        User user = identityService.newUser(camundaUser);
        user.setFirstName("Delayed");
        user.setLastName("Tester");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(camundaUser, "compliance-officers");
        try (Browser browser = Browser.startOrSkip(port)) {
            browser.open("/camunda/app/tasklist/default/");
            browser.await(By.cssSelector("form[name=signinForm] input[ng-model=username]"));
            // Two failures: Camunda then delays the user for 6 s, time enough for the browser's try.
            assertThat(webappLogin(camundaUser, "Wrong-Password-1", "en").status()).isEqualTo(401);
            Thread.sleep(CAMUNDA_FIRST_DELAY_SECONDS * 1000L + 200);
            assertThat(webappLogin(camundaUser, "Wrong-Password-2", "en").status()).isEqualTo(401);

            browser.await(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys(camundaUser);
            browser.driver().findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(PASSWORD);
            browser.driver().findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
            browser.awaitText(By.cssSelector(".notifications"), "Too many failed logins for this user. Try again in");
            browser.screenshot("tasklist-login-delayed");
        }
    }

    private Http.Response webappLogin(String user, String password, String language) {
        Http.Response page = http.get("/camunda/app/tasklist/", null);
        String xsrf = cookie(page, "XSRF-TOKEN");
        String session = cookie(page, "JSESSIONID");
        return http.form("/camunda/api/admin/auth/user/default/login/tasklist", h -> {
            h.set("X-XSRF-TOKEN", xsrf);
            h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            h.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
        }, Map.of("username", user, "password", password));
    }

    private Http.Response portalLogin(String email, String password) {
        return portalLogin(email, password, "en");
    }

    private Http.Response portalLogin(String email, String password, String language) {
        Http.Response page = http.get("/portal/login", h -> h.set(HttpHeaders.ACCEPT_LANGUAGE, language));
        String session = "JSESSIONID=" + cookie(page, "JSESSIONID");
        Matcher csrf = CSRF.matcher(page.text());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        return http.form("/portal/login", h -> {
            h.add(HttpHeaders.COOKIE, session);
            h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }, Map.of("email", email, "password", password, "_csrf", csrf.group(1)));
    }

    private static String cookie(Http.Response response, String name) {
        return response.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
                .findFirst().orElseThrow(() -> new AssertionError("No cookie " + name + " in " + response.headers()));
    }

    private static String randomKey() {
        StringBuilder key = new StringBuilder("mo_");
        for (int i = 0; i < 40; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    /** An answer read off the socket. */
    private record Raw(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A GET sent from the given loopback address (HTTP/1.0: the answer ends when the server closes). */
    private Raw rawGet(String fromAddress, String path, String bearer) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + bearer
                    + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, answer.substring(end + 4));
        }
    }
}
