package com.merchantonboarding.paymentissue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.Mailbox;
import com.merchantonboarding.support.TestFiles;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Customers' payment problems through the merchant API, the process, payment support over /engine-rest and the
 * Tasklist form's back office, mail (GreenMail) and webhooks, on PostgreSQL. One live merchant (taken through
 * onboarding once) serves every test; each test uses payment references of its own.
 */
class PaymentIssuesIT extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUPPORT = "itpaula";
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer receiver;
    private static Merchant live;

    record Merchant(String key, String email) {
    }

    @BeforeEach
    void liveMerchantAndSupport() throws Exception {
        if (identityService.createUserQuery().userId(SUPPORT).count() == 0) {
            User user = identityService.newUser(SUPPORT);
            user.setFirstName("Paula");
            user.setLastName("Tester");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(SUPPORT, "payment-support");
        }
        if (live == null) {
            live = liveMerchant();
        }
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aDuplicateChargeIsReportedWithEvidenceAndSupportInitiatesARefund() throws Exception {
        String reference = alipayReference();
        Map<String, Object> report = report("CHARGED_TWICE", "ALIPAY", reference);
        String key = "report-" + UUID.randomUUID();

        Http.Response created = multipartReport(live.key(), report, key, TestFiles.jpeg(900, 1600));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Http.Response repeated = multipartReport(live.key(), report, key, TestFiles.jpeg(900, 1600));
        assertThat(repeated.status()).isEqualTo(201);
        assertThat(repeated.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeated.json().get("id")).isEqualTo(created.json().get("id"));
        String id = created.json().get("id").asText();
        String issueReference = created.json().get("reference").asText();
        assertThat(issueReference).matches("PI-\\d{4}-\\d{6}");
        assertThat(created.json().at("/evidence/0/mediaType").asText()).isEqualTo("image/jpeg");

        JsonNode inReview = awaitIssue(live.key(), id, "IN_REVIEW");
        assertThat(inReview.get("findings")).isEmpty();

        // Support sees the case in Tasklist's filter and form.
        String taskId = supportTask(id);
        String session = http.webappSession(SUPPORT, PASSWORD, "tasklist");
        Http.Response paymentCase = http.get("/back-office/payment-issues/tasks/" + taskId + "/case",
                Http.cookies(session));
        assertThat(paymentCase.status()).as(paymentCase.toString()).isEqualTo(200);
        assertThat(paymentCase.json().at("/issue/reference").asText()).isEqualTo(issueReference);
        assertThat(paymentCase.json().at("/issue/paymentReference").asText()).isEqualTo(reference);
        assertThat(paymentCase.json().at("/merchant/legalName").asText()).isEqualTo("厦门示例贸易有限公司");
        assertThat(paymentCase.json().get("history")).extracting(h -> h.get("reference").asText())
                .contains(issueReference);
        String evidenceUrl = paymentCase.json().at("/evidence/0/url").asText();
        assertThat(http.bytes(evidenceUrl, Http.cookies(session)).status()).isEqualTo(200);
        assertThat(http.get("/back-office/payment-issues/tasks/" + taskId + "/case",
                Http.cookies(http.webappSession("itolivia", PASSWORD, "tasklist"))).status()).isEqualTo(403);
        JsonNode filters = http.get("/engine-rest/filter?resourceType=Task", Http.basic(SUPPORT, PASSWORD)).json();
        assertThat(filters).extracting(f -> f.get("name").asText()).containsExactly("Payment issues");

        // A refund without the provider's reference is refused with a readable message; then resolved.
        Http.Response refused = complete(taskId, Map.of("resolution", "REFUND_INITIATED"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("refund reference");
        Http.Response resolved = complete(taskId, Map.of("resolution", "REFUND_INITIATED",
                "providerReference", "RF2026120700042"));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(204);

        JsonNode outcome = issue(live.key(), id, "en");
        assertThat(outcome.get("status").asText()).isEqualTo("REFUND_INITIATED");
        assertThat(outcome.at("/resolution/providerReference").asText()).isEqualTo("RF2026120700042");
        assertThat(outcome.toString()).doesNotContain(SUPPORT);
        assertThat(outcome.get("history")).extracting(h -> h.get("status").asText())
                .containsExactly("RECEIVED", "IN_REVIEW", "REFUND_INITIATED");

        Mailbox.Mail mail = Mailbox.await(SMTP, live.email(), issueReference);
        assertThat(mail.subject()).contains("refund initiated");
        assertThat(mail.body()).contains("RF2026120700042").contains("Charged twice");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> typesOf(id).contains("payment_issue.refund_initiated"));
        // Each once; not necessarily in this order (docs/webhooks.md: events are delivered in parallel).
        assertThat(typesOf(id)).containsExactlyInAnyOrder("payment_issue.received", "payment_issue.in_review",
                "payment_issue.refund_initiated");

        // Every case is kept for analysis: the leads' dashboard counts it by kind and provider.
        Http.Response csv = http.get("/back-office/leads/dashboard/payment-issues.csv", Http.basic("itliam", PASSWORD));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.text()).startsWith("kind,provider,reports").containsPattern("CHARGED_TWICE,ALIPAY,[1-9]");
        assertThat(http.get("/back-office/leads/dashboard", Http.basic("itliam", PASSWORD)).text())
                .contains("Customers' payment problems by kind and provider");
    }

    @Test
    void whatIsMissingIsAskedForInTheMerchantsLanguageAndCheckedAgain() {
        Map<String, Object> report = report("PAYMENT_FAILED", "WECHAT_PAY", null);
        Http.Response created = http.json(HttpMethod.POST, "/api/v1/payment-issues", Http.bearer(live.key()), report);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();

        awaitIssue(live.key(), id, "INFORMATION_REQUIRED");
        JsonNode asked = issue(live.key(), id, "zh-CN");
        assertThat(asked.at("/findings/0/code").asText()).isEqualTo("REFERENCE_MISSING");
        assertThat(asked.at("/findings/0/message").asText()).isEqualTo("请提供顾客的付款单号。");
        assertThat(asked.get("respondBy").isNull()).isFalse();
        Mailbox.Mail mail = Mailbox.await(SMTP, live.email(), asked.get("reference").asText());
        assertThat(mail.subject()).contains("information needed");
        assertThat(mail.body()).contains("Payment reference").contains("Give the customer's payment reference.");

        Http.Response wrongFormat = http.json(HttpMethod.POST, "/api/v1/payment-issues/" + id + "/information",
                Http.bearer(live.key()), Map.of("paymentReference", "2026120722001412345678901234"));
        assertThat(wrongFormat.status()).as(wrongFormat.toString()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode again = issue(live.key(), id, "en");
            return again.get("status").asText().equals("INFORMATION_REQUIRED")
                    && again.at("/findings/0/code").asText().equals("REFERENCE_FORMAT_INVALID");
        });

        Http.Response right = http.json(HttpMethod.POST, "/api/v1/payment-issues/" + id + "/information",
                Http.bearer(live.key()), Map.of("paymentReference", wechatReference()));
        assertThat(right.status()).isEqualTo(200);
        awaitIssue(live.key(), id, "IN_REVIEW");
        Http.Response notNow = http.json(HttpMethod.POST, "/api/v1/payment-issues/" + id + "/information",
                Http.bearer(live.key()), Map.of("paymentReference", wechatReference()));
        assertThat(notNow.status()).isEqualTo(409);
        assertThat(notNow.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSecondReportOfTheSamePaymentIsRejectedAsADuplicate() {
        String reference = alipayReference();
        Map<String, Object> report = report("REFUND_NOT_RECEIVED", "ALIPAY", reference);
        String first = http.json(HttpMethod.POST, "/api/v1/payment-issues", Http.bearer(live.key()), report).json()
                .get("id").asText();
        JsonNode firstIssue = awaitIssue(live.key(), first, "IN_REVIEW");
        String second = http.json(HttpMethod.POST, "/api/v1/payment-issues", Http.bearer(live.key()), report).json()
                .get("id").asText();

        JsonNode rejected = awaitIssue(live.key(), second, "REJECTED");
        assertThat(rejected.at("/findings/0/code").asText()).isEqualTo("DUPLICATE_REPORT");
        assertThat(rejected.get("duplicateOf").asText()).isEqualTo(firstIssue.get("reference").asText());
        assertThat(Mailbox.await(SMTP, live.email(), rejected.get("reference").asText()).subject())
                .contains("not taken up");
    }

    @Test
    void everyBadRequestGetsAProblemAndMerchantsSeeOnlyTheirOwnReports() {
        Map<String, Object> report = report("CHARGED_TWICE", "ALIPAY", alipayReference());
        String notLive = newMerchant();
        assertProblem(http.json(HttpMethod.POST, "/api/v1/payment-issues", Http.bearer(notLive), report), 409,
                "wallet-not-live");
        assertThat(http.json(HttpMethod.POST, "/api/v1/payment-issues", null, report).status()).isEqualTo(401);

        Map<String, Object> noKind = new HashMap<>(report);
        noKind.remove("kind");
        Http.Response invalid = http.json(HttpMethod.POST, "/api/v1/payment-issues", Http.bearer(live.key()), noKind);
        assertProblem(invalid, 400, "validation");
        assertThat(invalid.json().at("/errors/0/field").asText()).isEqualTo("kind");
        Map<String, Object> future = new HashMap<>(report);
        future.put("occurredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        assertProblem(http.json(HttpMethod.POST, "/api/v1/payment-issues", Http.bearer(live.key()), future), 400,
                "validation");
        assertProblem(http.json(HttpMethod.POST, "/api/v1/payment-issues", Http.bearer(live.key()),
                report("CHARGED_TWICE", "PAYPAL", "8MC58517XW4215532")), 422, "provider-not-enabled");
        Map<String, Object> badReference = new HashMap<>(report);
        badReference.put("paymentReference", "<script>");
        assertProblem(http.json(HttpMethod.POST, "/api/v1/payment-issues", Http.bearer(live.key()), badReference), 400,
                "validation");

        String key = "reuse-" + UUID.randomUUID();
        Http.Response first = http.json(HttpMethod.POST, "/api/v1/payment-issues",
                Http.bearer(live.key(), Map.of("Idempotency-Key", key)), report);
        assertThat(first.status()).isEqualTo(201);
        assertProblem(http.json(HttpMethod.POST, "/api/v1/payment-issues",
                Http.bearer(live.key(), Map.of("Idempotency-Key", key)), report("AMOUNT_WRONG", "ALIPAY", null)),
                422, "idempotency-key-reused");
        String id = first.json().get("id").asText();

        assertProblem(http.upload("/api/v1/payment-issues/" + id + "/evidence", Http.bearer(live.key()), null,
                "notes.exe", TestFiles.executable(), "image/jpeg"), 415, null);
        Http.Response added = http.upload("/api/v1/payment-issues/" + id + "/evidence", Http.bearer(live.key()), null,
                "statement.pdf", TestFiles.pdf(), "application/pdf");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        String other = newMerchant();
        assertProblem(http.get("/api/v1/payment-issues/" + id, Http.bearer(other)), 404, "not-found");
        assertProblem(http.get("/api/v1/payment-issues/" + id + "/evidence/" + added.json().get("id").asText()
                + "/content", Http.bearer(other)), 404, "not-found");
        assertThat(http.get("/api/v1/payment-issues", Http.bearer(other)).json()).isEmpty();
        assertThat(http.get("/api/v1/payment-issues", Http.bearer(live.key())).json())
                .extracting(s -> s.get("id").asText()).contains(id);
        assertThat(http.get("/api/v1/payment-issues/" + id + "/evidence/" + added.json().get("id").asText()
                + "/content", Http.bearer(live.key())).status()).isEqualTo(200);
    }

    @Test
    void theMerchantReportsADuplicateChargeInThePortalAndSeesTheOutcomeInChinese() throws Exception {
        Portal portal = new Portal(port);
        portal.logIn(live.email());
        String list = portal.get("/portal/payment-issues?lang=zh-CN").body();
        assertThat(list).contains("报告顾客付款问题").contains("重复扣款");

        Map<String, String> fields = new HashMap<>(Map.of("kind", "CHARGED_TWICE", "walletProvider", "ALIPAY",
                "occurredAt", java.time.LocalDateTime.now().minusDays(1).withNano(0).withSecond(0).toString(),
                "amount", "38", "currency", "CNY", "paymentReference", alipayReference()));
        fields.put("amount", "38,00");
        java.net.http.HttpResponse<String> refused = portal.multipart("/portal/payment-issues", fields,
                "screenshot.jpg", TestFiles.jpeg(900, 1600));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(portal.get("/portal/payment-issues").body()).contains("请以数字填写金额，例如 38.00。");

        fields.put("amount", "38.00");
        java.net.http.HttpResponse<String> reported = portal.multipart("/portal/payment-issues", fields,
                "screenshot.jpg", TestFiles.jpeg(900, 1600));
        assertThat(reported.statusCode()).isEqualTo(302);
        String detailPath = java.net.URI.create(reported.headers().firstValue("Location").orElseThrow()).getPath();
        String id = detailPath.substring(detailPath.lastIndexOf('/') + 1);
        assertThat(portal.get(detailPath).body()).contains("问题已报告");
        awaitIssue(live.key(), id, "IN_REVIEW");

        String taskId = supportTask(id);
        assertThat(complete(taskId, Map.of("resolution", "REFUND_INITIATED", "providerReference", "RF2026120899001"))
                .status()).isEqualTo(204);

        String outcome = portal.get(detailPath).body();
        assertThat(outcome).contains("已发起退款").contains("RF2026120899001").contains("重复扣款");
        assertThat(portal.get("/portal/payment-issues").body()).contains("已发起退款");
        assertThat(new Portal(port).get(detailPath).statusCode()).isEqualTo(302);
        // Choosing a language while logged in becomes the account's (mails follow it): back to English for the others.
        portal.get("/portal/payment-issues?lang=en");
    }

    /**
     * The journey in browsers (Chromium): the merchant reports a duplicate charge in the portal, support resolves it
     * in Tasklist's form (refused first without the provider's reference), the merchant sees the outcome.
     */
    @Test
    void browsersAMerchantReportsADuplicateChargeAndSupportResolvesItInTasklist() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("evidence");
        java.nio.file.Path screenshot = folder.resolve("screenshot.jpg");
        java.nio.file.Files.write(screenshot, TestFiles.jpeg(900, 1600));
        String reference = alipayReference();
        try (com.merchantonboarding.support.Browser merchant = com.merchantonboarding.support.Browser.startOrSkip(port);
             com.merchantonboarding.support.Browser support = com.merchantonboarding.support.Browser.startOrSkip(port)) {
            merchant.loginToPortal(live.email(), "a-long-password-123");
            merchant.open("/portal/payment-issues?lang=en");
            new org.openqa.selenium.support.ui.Select(merchant.await(org.openqa.selenium.By.id("kind")))
                    .selectByValue("CHARGED_TWICE");
            new org.openqa.selenium.support.ui.Select(merchant.await(org.openqa.selenium.By.id("walletProvider")))
                    .selectByValue("ALIPAY");
            merchant.script("document.getElementById('occurredAt').value = arguments[0];",
                    java.time.LocalDateTime.now().minusHours(5).withSecond(0).withNano(0).toString());
            merchant.await(org.openqa.selenium.By.id("amount")).sendKeys("38.00");
            merchant.await(org.openqa.selenium.By.id("paymentReference")).sendKeys(reference);
            merchant.await(org.openqa.selenium.By.id("description")).sendKeys("Charged twice for one pot of tea.");
            merchant.driver().findElement(org.openqa.selenium.By.id("evidence")).sendKeys(screenshot.toString());
            merchant.screenshot("payment-issue-report-en");
            merchant.click(org.openqa.selenium.By.cssSelector("#report-form button[type=submit]"));
            merchant.await(org.openqa.selenium.By.id("issue-status"));
            String path = java.net.URI.create(merchant.driver().getCurrentUrl()).getPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            JsonNode inReview = awaitIssue(live.key(), id, "IN_REVIEW");
            assertThat(inReview.get("evidence")).hasSize(1);

            support.loginToTasklist(SUPPORT, PASSWORD);
            support.click(org.openqa.selenium.By.xpath(
                    "//*[contains(@class,'task-filter')]//*[contains(., 'Payment issues')]"));
            support.open("/camunda/app/tasklist/default/#/?task=" + supportTask(id));
            support.click(org.openqa.selenium.By.cssSelector("button.claim"));
            org.openqa.selenium.By pane = org.openqa.selenium.By.cssSelector("[cam-tasklist-task] .form-pane");
            support.awaitText(pane, inReview.get("reference").asText());
            support.awaitText(pane, "厦门示例贸易有限公司");
            assertThat(support.driver().findElement(pane).getText()).contains(reference, "CHARGED_TWICE",
                    "screenshot.jpg");
            support.click(org.openqa.selenium.By.cssSelector("input[type=radio][value=REFUND_INITIATED]"));
            support.click(org.openqa.selenium.By.cssSelector("button[ng-click='complete()']"));
            support.awaitText(pane, "A refund needs the provider's refund reference.");
            support.await(org.openqa.selenium.By.id("providerReference")).sendKeys("RF2026120811111");
            support.screenshot("payment-issue-support-form");
            support.click(org.openqa.selenium.By.cssSelector("button[ng-click='complete()']"));
            awaitIssue(live.key(), id, "REFUND_INITIATED");

            merchant.open(path);
            merchant.awaitText(org.openqa.selenium.By.id("issue-status"), "Refund initiated");
            assertThat(merchant.await(org.openqa.selenium.By.id("provider-reference")).getText())
                    .isEqualTo("RF2026120811111");
            merchant.screenshot("payment-issue-outcome-en");
        } finally {
            java.nio.file.Files.deleteIfExists(screenshot);
            java.nio.file.Files.deleteIfExists(folder);
        }
    }

    /** The portal as a browser without JavaScript: cookies and the CSRF token of the last page. */
    static final class Portal {
        private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern
                .compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final String base;
        private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        private String csrf;

        Portal(int port) {
            this.base = "http://localhost:" + port;
        }

        java.net.http.HttpResponse<String> get(String path) throws Exception {
            return remember(client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).GET()
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()));
        }

        void logIn(String email) throws Exception {
            get("/portal/login");
            String body = "email=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=a-long-password-123&_csrf=" + csrf;
            var done = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/portal/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/portal/");
        }

        java.net.http.HttpResponse<String> multipart(String path, Map<String, String> fields, String filename,
                                                      byte[] bytes) throws Exception {
            String boundary = "----pi" + UUID.randomUUID();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Map<String, String> all = new HashMap<>(fields);
            all.put("_csrf", csrf);
            all.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
                    + filename + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }

        private java.net.http.HttpResponse<String> remember(java.net.http.HttpResponse<String> response) {
            java.util.regex.Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }
    }

    // ------------------------------------------------------------------ helpers

    private void assertProblem(Http.Response response, int status, String slug) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (slug != null) {
            assertThat(response.json().get("type").asText()).endsWith(":" + slug);
        }
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }

    private static Map<String, Object> report(String kind, String provider, String paymentReference) {
        Map<String, Object> report = new HashMap<>();
        report.put("kind", kind);
        report.put("walletProvider", provider);
        report.put("occurredAt", Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("amount", Map.of("amount", "38.00", "currency", "CNY"));
        if (paymentReference != null) {
            report.put("paymentReference", paymentReference);
        }
        report.put("description", "The customer says two charges of 38.00 appear in Alipay.");
        return report;
    }

    private static String alipayReference() {
        return "2026" + String.format("%024d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L);
    }

    private static String wechatReference() {
        return "4200" + String.format("%024d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L);
    }

    private Http.Response multipartReport(String apiKey, Map<String, Object> report, String idempotencyKey,
                                          byte[] evidence) throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("report", new HttpEntity<>(JSON.writeValueAsString(report), jsonPart));
        HttpHeaders filePart = new HttpHeaders();
        filePart.setContentType(MediaType.IMAGE_JPEG);
        parts.add("evidence", new HttpEntity<>(new ByteArrayResource(evidence) {
            @Override
            public String getFilename() {
                return "screenshot.jpg";
            }
        }, filePart));
        return RestClient.create("http://127.0.0.1:" + port).post().uri("/api/v1/payment-issues")
                .headers(h -> {
                    h.setBearerAuth(apiKey);
                    h.set("Idempotency-Key", idempotencyKey);
                })
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> new Http.Response(response.getStatusCode().value(),
                        response.getHeaders(), new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private JsonNode issue(String apiKey, String id, String language) {
        Http.Response response = http.get("/api/v1/payment-issues/" + id,
                Http.bearer(apiKey, Map.of("Accept-Language", language)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode awaitIssue(String apiKey, String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> issue(apiKey, id, "en").get("status").asText().equals(status));
        return issue(apiKey, id, "en");
    }

    private String supportTask(String issueId) {
        String[] id = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + issueId
                    + "&taskDefinitionKey=UserTask_ResolvePaymentIssue", Http.basic(SUPPORT, PASSWORD)).json();
            if (tasks != null && tasks.size() == 1) {
                id[0] = tasks.get(0).get("id").asText();
                return true;
            }
            return false;
        });
        return id[0];
    }

    private Http.Response complete(String taskId, Map<String, String> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return http.json(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", Http.basic(SUPPORT, PASSWORD),
                Map.of("variables", variables));
    }

    private static List<String> typesOf(String issueId) {
        return RECEIVED.stream().map(body -> {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).filter(b -> b.at("/data/paymentIssueId").asText().equals(issueId)).map(b -> b.get("type").asText())
                .toList();
    }

    /** A merchant taken through onboarding to a live wallet (ALIPAY, WECHAT_PAY), with a webhook. */
    private Merchant liveMerchant() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String email = "pi-" + UUID.randomUUID() + "@example.cn";
        Http.Response signUp = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email", email,
                "password", "a-long-password-123", "displayName", "Example Tea House", "locale", "en"));
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(201);
        String apiKey = signUp.json().get("apiKey").asText();
        assertThat(http.json(HttpMethod.POST, "/api/v1/webhooks", Http.bearer(apiKey), Map.of("url",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")).status()).isEqualTo(201);

        String id = applicationInReview(apiKey, completeData(), COMPANY_DOCUMENTS);
        String[] task = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + id
                    + "&taskDefinitionKey=UserTask_ReviewApplication", Http.basic("itolivia", PASSWORD)).json();
            task[0] = tasks != null && tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
            return task[0] != null;
        });
        Http.Response approved = http.json(HttpMethod.POST, "/engine-rest/task/" + task[0] + "/complete",
                Http.basic("itolivia", PASSWORD), Map.of("variables", Map.of("decision",
                        Map.of("value", "APPROVE", "type", "String"))));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
        awaitStatus(apiKey, id, "APPROVED");
        Http.Response verified = http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/bank-account/verification",
                Http.bearer(apiKey), Map.of("amounts", List.of("0.45", "0.32")));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        awaitStatus(apiKey, id, "LIVE");
        return new Merchant(apiKey, email);
    }
}
