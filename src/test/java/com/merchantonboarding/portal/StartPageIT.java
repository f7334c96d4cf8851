package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.support.Browser;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpHeaders;

/** The start page outside the demo profile (the demo's own is checked by DemoProfileIT). */
class StartPageIT extends IntegrationTest {

    @Test
    void linksEveryEntryAndSaysWhoLogsInWhereButShowsNoDemoUsers() {
        Http.Response page = http.get("/", h -> h.set(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("<title>Merchant Onboarding · Merchant portal</title>",
                "href=\"/portal/\"", "href=\"/camunda/app/tasklist/\"", "href=\"/camunda/app/cockpit/\"",
                "href=\"/camunda/app/admin/\"", "href=\"/swagger-ui.html\"",
                "Compliance officers and leads review applications", "with an API key");
        assertThat(page.text()).doesNotContain("demo-users", "Onboarding-Demo-1", "olivia", "0.32");
        // The portal's headers: same-origin resources only.
        assertThat(page.headers().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(page.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void speaksChineseWhenAskedOrChosen() {
        assertThat(http.get("/", h -> h.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9")).text())
                .contains("lang=\"zh-CN\"", "<h1>商户入网</h1>", "合规专员和合规主管");
        Http.Response chosen = http.get("/?lang=zh-CN", h -> h.set(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(chosen.text()).contains("<h1>商户入网</h1>");
        // The choice holds in the portal too.
        assertThat(chosen.headers().getOrEmpty(HttpHeaders.SET_COOKIE))
                .anyMatch(c -> c.startsWith("portal-lang=zh-CN") && c.contains("Path=/portal"));
    }

    @Test
    void theWebappsAreNoLongerWhereSlashLeads() {
        Http.Response page = http.get("/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().getLocation()).isNull();
        assertThat(http.get("/camunda/app/tasklist/", null).status()).isIn(200, 302);
    }

    @Test
    void aVisitorGoesFromTheStartPageToThePortalWithoutAnErrorInTheConsole() {
        try (Browser browser = Browser.startOrSkip(port)) {
            browser.open("/");
            browser.awaitText(By.tagName("h1"), "Merchant Onboarding");
            browser.click(By.id("link-portal"));
            browser.await(By.id("email"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/portal/login");
            browser.open("/portal/signup");
            browser.await(By.id("email"));

            // Chromium asks every page for /favicon.ico; a refusal would be logged here as a failed load.
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
