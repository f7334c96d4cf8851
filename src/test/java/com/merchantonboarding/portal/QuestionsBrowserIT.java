package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.merchantonboarding.process.ProcessConstants;
import com.merchantonboarding.support.Browser;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.Mailbox;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * A question about requested changes in real browsers: the merchant asks it in the portal, an officer answers it in
 * Tasklist (after the form and the server refuse an empty answer and one naming an internal finding), and the
 * merchant reads the answer in the portal.
 */
class QuestionsBrowserIT extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final String PASSWORD = "a-long-password-123";
    private static final String QUESTION = "Is a scan of the bank's account opening form enough?\nDo pages with"
            + " amounts < 100 CNY & no stamp count?";
    private static final String ANSWER = "A scan is enough: upload the whole page, with the bank's stamp readable.";

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
    void aMerchantAsksInThePortalAnOfficerAnswersInTasklistAndTheMerchantReadsTheAnswer() {
        String email = "question-" + UUID.randomUUID() + "@tea.example.cn";
        Http.Response signedUp = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of("email", email,
                "password", PASSWORD, "displayName", "Example Tea House", "locale", "en"));
        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
        String key = signedUp.json().get("apiKey").asText();
        String id = createApplication(key, completeData());
        for (String type : new String[] {"BUSINESS_LICENSE", "LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK"}) {
            upload(key, id, type);
        }
        submit(key, id);
        String reference = awaitStatus(key, id, "CHANGES_REQUESTED").get("reference").asText();

        // The merchant asks about the missing bank proof, under the requested changes.
        browser.loginToPortal(email, PASSWORD);
        browser.open("/portal/applications/" + id);
        browser.awaitText(By.id("questions-title"), "Questions about the requested changes");
        new Select(browser.driver().findElement(By.id("question-about"))).selectByValue("documents.BANK_ACCOUNT_PROOF");
        browser.click(By.id("ask-question"));
        assertThat(browser.driver().findElements(By.cssSelector(".question-thread, #questions .notice-success")))
                .as("an empty question is not sent").isEmpty();
        browser.driver().findElement(By.id("question-text")).sendKeys(QUESTION);
        browser.click(By.id("ask-question"));
        browser.awaitText(By.cssSelector("#questions .notice-success"), "Your question was sent");
        assertThat(browser.await(By.cssSelector(".question-thread .question-text")).getText()).isEqualTo(QUESTION);
        assertThat(browser.driver().findElement(By.cssSelector(".question-thread .question")).getText())
                .contains("Proof of the bank account", "Waiting for an answer.");
        browser.screenshot("merchant-question-asked");

        // The officer finds the question in the Compliance queue, named after the case.
        String taskId = awaitAnswerTask(id);
        browser.loginToTasklist("itolivia", IntegrationTest.PASSWORD);
        browser.click(By.xpath("//*[contains(@class,'task-filter')]//*[contains(., 'Compliance queue')]"));
        // Found by its reference with Tasklist's search (a full build leaves more tasks than one page shows).
        WebElement search = browser.await(By.cssSelector("input.main-field"));
        search.sendKeys(reference);
        search.sendKeys(Keys.ENTER);
        browser.awaitText(By.cssSelector("[cam-tasks]"), "Question · " + reference);
        browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.click(By.cssSelector("button.claim"));
        browser.awaitText(By.cssSelector("[cam-tasklist-task] .form-pane .question-asked"), "amounts < 100 CNY & no stamp count?");
        String form = browser.driver().findElement(By.cssSelector("[cam-tasklist-task] .form-pane")).getText();
        assertThat(form).contains(reference, "This document is required.", "documents.BANK_ACCOUNT_PROOF")
                .doesNotContain("Findings", "Case notes", "sharpness");

        // Completing without an answer: the form (or, past it, the server) says what is missing; the task stays.
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.awaitText(By.tagName("body"), "Write an answer");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        browser.driver().findElement(By.id("answer")).sendKeys("This was flagged as DOCUMENT_EDITED.");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.awaitText(By.cssSelector(".notifications"), "internal finding");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the task stays open").isOne();
        browser.driver().findElement(By.id("answer")).clear();
        browser.driver().findElement(By.id("answer")).sendKeys(ANSWER);
        browser.screenshot("officer-answer-question");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().taskId(taskId).count() == 0);

        // The merchant reads the answer under the question, and by mail.
        browser.loginToPortal(email, PASSWORD);
        browser.open("/portal/applications/" + id + "#questions");
        browser.awaitText(By.cssSelector(".question-thread .answer-text"), ANSWER);
        assertThat(browser.driver().findElement(By.cssSelector(".question-thread .answer")).getText())
                .contains("Answer from our compliance team").doesNotContain("itolivia");
        browser.screenshot("merchant-question-answered");
        assertThat(Mailbox.await(SMTP, email, "has been answered").body()).contains(ANSWER);
    }

    private String awaitAnswerTask(String applicationId) {
        String[] id = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var task = tasks.createTaskQuery().processInstanceBusinessKey(applicationId)
                    .taskDefinitionKey(ProcessConstants.TASK_ANSWER_QUESTION).singleResult();
            id[0] = task == null ? null : task.getId();
            return id[0] != null;
        });
        return id[0];
    }
}
