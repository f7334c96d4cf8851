package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.support.Browser;
import com.merchantonboarding.support.IntegrationTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two-step login in a real browser: the password rules at sign-up (the reason for a refusal, the strength shown as
 * the merchant types), enrolment with the secret from the page, a login with password and code, wrong codes
 * throttled with the wait on the page, and a recovery code that works once.
 */
class TwoStepLoginBrowserIT extends IntegrationTest {

    private static final String PASSWORD = "green tea at four o'clock";
    private static final Pattern SECONDS = Pattern.compile("(\\d+) seconds");

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
    void aMerchantSignsUpEnrolsAndLogsInWithACodeWrongCodesAreThrottledAndARecoveryCodeWorksOnce()
            throws Exception {
        String email = "two-step-" + UUID.randomUUID() + "@tea.example.cn";

        // Sign-up: a common password is refused with the reason; the strength shows while typing.
        browser.open("/portal/signup?lang=en");
        browser.await(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("displayName")).sendKeys("Example Tea House");
        browser.driver().findElement(By.id("password")).sendKeys("password1234");
        browser.awaitText(By.id("password-strength-text"), "Too easy to guess");
        browser.click(By.cssSelector("main form button[type=submit]"));
        browser.awaitText(By.id("password-error"), "one of the most common passwords");
        browser.await(By.id("password")).sendKeys(PASSWORD);
        browser.awaitText(By.id("password-strength-text"), "strong");
        browser.click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.await(By.id("new-key")).getText()).startsWith("mo_");

        // Enrolment: the code computed from the secret on the page switches two-step login on.
        TwoStepInBrowser.Enrolled enrolled = TwoStepInBrowser.enrol(browser);
        assertThat(browser.await(By.id("two-step-state")).getText()).contains("Recovery codes left: 10");

        // Log out and in: after the password only the code page opens, nothing else of the portal.
        browser.click(By.cssSelector("form.logout button"));
        TwoStepInBrowser.password(browser, email, PASSWORD);
        browser.awaitText(By.tagName("h1"), "Two-step login");
        browser.open("/portal/keys");
        browser.awaitText(By.tagName("h1"), "Two-step login");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/portal/login/code");
        assertThat(browser.driver().findElements(By.cssSelector("form.logout"))).isEmpty();
        // The enrolment's code was of this time step: the next step's code (one step of drift) opens the portal.
        TwoStepInBrowser.enterCode(browser, TwoStepInBrowser.code(enrolled.secret(), 1));
        browser.await(By.cssSelector("form.logout"));
        browser.awaitText(By.tagName("h1"), "Your applications");

        // Wrong codes: five are answered "wrong", then the page says how long to wait, even for the right code.
        browser.click(By.cssSelector("form.logout button"));
        TwoStepInBrowser.password(browser, email, PASSWORD);
        String wrong = TwoStepInBrowser.wrongCode(enrolled.secret());
        for (int attempt = 1; attempt <= 5; attempt++) {
            TwoStepInBrowser.enterCode(browser, wrong);
            browser.awaitText(By.id("code-wrong"), "The code is wrong or was already used.");
        }
        TwoStepInBrowser.enterCode(browser, wrong);
        browser.awaitText(By.id("code-throttled"), "Too many wrong codes.");
        TwoStepInBrowser.enterCode(browser, enrolled.recoveryCodes().get(0));
        browser.awaitText(By.id("code-throttled"), "Too many wrong codes.");
        String message = browser.driver().findElement(By.id("code-throttled")).getText();
        Matcher seconds = SECONDS.matcher(message);
        assertThat(seconds.find()).as(message).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("form.logout"))).isEmpty();

        // After the wait, a recovery code opens the portal, once.
        Thread.sleep((Long.parseLong(seconds.group(1)) + 1) * 1000);
        TwoStepInBrowser.enterCode(browser, enrolled.recoveryCodes().get(0).toUpperCase());
        browser.awaitText(By.id("recovery-used"), "9 are left");
        browser.await(By.cssSelector("form.logout"));

        browser.click(By.cssSelector("form.logout button"));
        TwoStepInBrowser.password(browser, email, PASSWORD);
        TwoStepInBrowser.enterCode(browser, enrolled.recoveryCodes().get(0));
        browser.awaitText(By.id("code-wrong"), "The code is wrong or was already used.");
        TwoStepInBrowser.enterCode(browser, enrolled.recoveryCodes().get(1));
        browser.awaitText(By.id("recovery-used"), "8 are left");
    }
}
