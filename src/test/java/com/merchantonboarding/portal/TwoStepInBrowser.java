package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.merchant.Totp;
import com.merchantonboarding.support.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.codec.binary.Base32;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two-step login as a merchant does it in the browser, with the authenticator app played by the test: the codes are
 * computed from the secret the enrolment page shows (and the QR code is checked to carry the same secret).
 */
final class TwoStepInBrowser {

    /** The secret shown at enrolment and the recovery codes shown once. */
    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private TwoStepInBrowser() {
    }

    /** The code of the current time step moved by {@code offset} steps (the server accepts -1 to +1). */
    static String code(String secret, int offset) {
        return Totp.code(new Base32().decode(secret), Totp.step(Instant.now()) + offset);
    }

    /** A six-digit code that is not valid at the moment (none of the three steps the server accepts). */
    static String wrongCode(String secret) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate * 7919 % 1_000_000);
            if (!List.of(code(secret, -2), code(secret, -1), code(secret, 0), code(secret, 1), code(secret, 2))
                    .contains(code)) {
                return code;
            }
        }
    }

    /** Enrols the logged-in merchant from the account page; the codes page is shown at the end. */
    static Enrolled enrol(Browser browser) throws Exception {
        browser.open("/portal/account/two-step");
        String secret = browser.await(By.id("two-step-secret")).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> (Boolean) browser.script(
                "var i = document.getElementById('two-step-qr'); return i.complete && i.naturalWidth > 0;"));
        String qrUrl = browser.driver().findElement(By.id("two-step-qr")).getAttribute("src");
        HttpResponse<byte[]> qr = fetch(browser, qrUrl);
        assertThat(qr.statusCode()).as(qrUrl).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).as(qrUrl).hasValue("image/png");
        String uri = QrCodesTest.decode(qr.body());
        assertThat(uri).startsWith("otpauth://totp/").contains("secret=" + secret, "issuer=Merchant%20Onboarding");

        browser.await(By.id("confirm-code")).sendKeys(code(secret, 0));
        browser.click(By.cssSelector("#confirm-form button[type=submit]"));
        WebElement codes = browser.await(By.id("recovery-codes"));
        List<String> recoveryCodes = codes.findElements(By.tagName("code")).stream().map(WebElement::getText).toList();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        return new Enrolled(secret, recoveryCodes);
    }

    /** Loads a portal resource with the browser's session. */
    static HttpResponse<byte[]> fetch(Browser browser, String url) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The email and password step of the login form; a merchant with two-step login lands on the code page. */
    static void password(Browser browser, String email, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/portal/login");
        browser.await(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.cssSelector("form[action$='/portal/login'] button[type=submit]")).click();
    }

    /** Types a code on the code page and sends it. */
    static void enterCode(Browser browser, String code) {
        WebElement input = browser.await(By.id("code"));
        input.clear();
        input.sendKeys(code);
        browser.click(By.cssSelector("form[action$='/portal/login/code'] button[type=submit]"));
        // The answer is a new page: wait until this one is gone, so the next step reads the answer, not this page.
        // (Chromium reports an element of a replaced page as stale, or as a node that "does not belong to the
        // document": both mean the same here.)
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            try {
                input.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }
}
