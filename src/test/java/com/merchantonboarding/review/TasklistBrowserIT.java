package com.merchantonboarding.review;

import static com.merchantonboarding.process.ProcessConstants.GROUP_LEADS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.application.ApplicationRepository;
import com.merchantonboarding.support.Browser;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.TestFiles;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Compliance officers at work in Camunda Tasklist, in a real browser (Debian's Chromium, headless): landing on the
 * queue with work, each case named by its reference and merchant, found by Tasklist's search; the review form with
 * the dossier and its duplicate warnings, a request for changes picked by the merchant's labels that reaches the
 * merchant API, the change highlighted after resubmission, and four eyes on a high-risk approval (the same form).
 */
class TasklistBrowserIT extends IntegrationTest {

    @Autowired
    private TaskService tasks;
    @Autowired
    private ApplicationRepository applications;

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
    void anOfficerLandsOnTheQueueSeesTheCaseAndFindsItByReference() {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        String reference = referenceOf(id);
        String taskId = awaitTask(id, null);
        // The most overdue review of the queue (a day before any other task's due date, earlier runs' too): the filters
        // sort by due date, so it must come first.
        java.util.Date earliest = tasks.createTaskQuery().dueBefore(new java.util.Date()).orderByDueDate().asc()
                .listPage(0, 1).stream().map(org.camunda.bpm.engine.task.Task::getDueDate).findFirst()
                .orElse(java.util.Date.from(java.time.Instant.parse("2001-01-02T00:00:00Z")));
        tasks.setDueDate(taskId, java.util.Date.from(earliest.toInstant().minus(Duration.ofDays(1))));

        browser.loginToTasklist("itolivia", PASSWORD);
        WebElement landed = browser.await(By.cssSelector(".task-filters .content div.item.active"));
        assertThat(landed.getText()).contains("Compliance queue");
        WebElement first = browser.await(By.cssSelector("[cam-tasks] li.task"));
        browser.awaitText(By.cssSelector("[cam-tasks] li.task"), reference);
        assertThat(first.getText()).contains(reference + " · 厦门示例贸易有限公司 · 5812", "years ago", "Risk",
                "LOW", "Country", "CN");
        // The card shows the first variables; the rest are in it, under "Show more".
        assertThat(first.getAttribute("textContent")).contains("Providers", "ALIPAY, WECHAT_PAY", "Revision",
                "Review", "first");
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(browser.driver()
                .findElements(By.cssSelector(".task-filters .content div.item"))).extracting(WebElement::getText)
                .allSatisfy(text -> assertThat(text.strip()).containsPattern("\\d+\\)?$")));
        browser.screenshot("officer-queue");

        // Tasklist's search box looks in the task's name: a reference finds the case, and so does the name.
        WebElement search = browser.await(By.cssSelector("input.main-field"));
        search.sendKeys(reference);
        search.sendKeys(org.openqa.selenium.Keys.ENTER);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(browser.driver()
                .findElements(By.cssSelector("[cam-tasks] li.task h4 a"))).singleElement()
                .satisfies(a -> assertThat(a.getText()).startsWith(reference)));
        browser.screenshot("officer-search-by-reference");
    }

    @Test
    void aLeadWhoseSecondReviewsAreEmptyLandsOnTheQueueWithWork() {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        awaitTask(id, null);
        // Second reviews, the lead's first filter, emptied for this test: earlier tests may have left some open.
        List<String> secondReviews = tasks.createTaskQuery().taskDefinitionKey("UserTask_SecondReview")
                .taskCandidateGroup(GROUP_LEADS).includeAssignedTasks()
                .list().stream().map(Task::getId).toList();
        secondReviews.forEach(task -> tasks.deleteCandidateGroup(task,
                GROUP_LEADS));
        try {
            browser.loginToTasklist("itliam", PASSWORD);
            browser.awaitText(By.cssSelector(".task-filters .content div.item.active"), "Compliance queue");
            // The queue holds this test's review (among earlier tests' tasks: more than one page may hold).
            browser.await(By.cssSelector("[cam-tasks] li.task"));
            assertThat(browser.driver().findElements(By.cssSelector(".task-filters .content div.item")))
                    .extracting(WebElement::getText).anySatisfy(text -> assertThat(text).contains("Second reviews (0)"));
        } finally {
            secondReviews.forEach(task -> tasks.addCandidateGroup(task,
                    GROUP_LEADS));
        }
    }

    @Test
    void theFormFlagsALicenceAnotherMerchantUploadedReEncoded() {
        BufferedImage licence = uniquePicture();
        String firstKey = newMerchant();
        String first = applicationWithLicence(firstKey, encoded(licence, "png"), "licence.png", "image/png");
        String secondKey = newMerchant();
        // The same picture, smaller and saved again as a JPEG: other bytes, the same picture.
        String second = applicationWithLicence(secondKey, encoded(resized(licence, 0.8), "jpg"), "scan.jpg",
                "image/jpeg");

        browser.loginToTasklist("itoscar", PASSWORD);
        openTask(second);
        awaitDossier(second);
        String firstReference = referenceOf(first);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(browser.driver()
                .findElements(By.cssSelector(".document-duplicates li"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("The same picture, re-encoded, was uploaded as",
                        "BUSINESS_LICENSE", "of application " + firstReference, "another merchant"))
                // The journey's three other documents are one file uploaded three times.
                .anySatisfy(text -> assertThat(text).contains("The same file was uploaded as", "of this application")));
        browser.screenshot("officer-duplicate-warning");
    }

    @Test
    void anOfficerRequestsAChangeAndApprovesTheResubmission() {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);

        browser.loginToTasklist("itolivia", PASSWORD);
        browser.click(By.xpath("//*[contains(@class,'task-filter')]//*[contains(., 'Compliance queue')]"));
        openTask(id);
        browser.click(By.cssSelector("button.claim"));
        WebElement form = awaitDossier(id);
        assertThat(form.getText()).contains("Findings", "BUSINESS_LICENSE", "sharpness");
        assertThat((Boolean) browser.script("var b = document.querySelector('.ce-eol-banner');"
                + " return b == null || b.offsetHeight === 0;")).as("the vendor's banner is hidden from officers").isTrue();
        assertThat((Boolean) browser.script("var i = document.querySelector('.form-pane img.img-thumbnail');"
                + " return i != null && i.complete && i.naturalWidth > 0;")).isTrue();
        // The licence's code as OCR saw it, next to the declared one.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> (Boolean) browser.script(
                "var i = document.querySelector('.form-pane img.licence-code-region');"
                        + " return i != null && i.complete && i.naturalWidth > 0;"));
        browser.screenshot("officer-review-form");
        browser.click(By.cssSelector("button.document-view"));
        browser.click(By.cssSelector("button.document-rotate"));
        browser.click(By.cssSelector("button.document-zoom-in"));
        assertThat(browser.await(By.cssSelector(".document-viewer img")).getAttribute("style"))
                .contains("rotate(90deg)", "width: 150%");
        browser.screenshot("officer-document-viewer");
        browser.click(By.cssSelector("button.document-zoom-out"));
        browser.click(By.cssSelector("button.document-zoom-out"));
        assertThat(browser.await(By.cssSelector(".document-viewer img")).getAttribute("style"))
                .contains("rotate(90deg)", "width: 66.66");
        browser.click(By.cssSelector("button.document-view"));
        assertThat(browser.driver().findElements(By.cssSelector(".document-viewer"))).isEmpty();

        browser.click(By.cssSelector("input[type=radio][value=REQUEST_CHANGES]"));
        browser.driver().findElement(By.id("reviewComment")).sendKeys("Please replace the licence photo.");
        browser.click(By.xpath("//button[contains(., 'Add an item')]"));
        WebElement row = browser.await(By.cssSelector("tr[ng-repeat='change in review.changes']"));
        // The fields and documents by the labels the merchant sees, grouped by the portal's steps; the path is the value.
        WebElement picker = row.findElement(By.cssSelector("select[ng-model='change.requirement']"));
        assertThat(picker.findElements(By.tagName("optgroup"))).extracting(g -> g.getAttribute("label"))
                .containsExactly("1. Business", "2. Legal representative and owners", "3. Bank account",
                        "4. Providers and features", "5. Documents");
        assertThat(picker.getText()).contains("Bank account: Account holder", "Business licence")
                .doesNotContain("bankAccount.holderName", "documents.BUSINESS_LICENSE");
        new Select(picker).selectByVisibleText("Business licence");
        row.findElement(By.cssSelector("input[type=text]")).sendKeys("The photo is cut off: upload the whole page.");
        assertThat(row.getText()).contains("The merchant reads");
        browser.screenshot("officer-request-changes");
        complete();

        JsonNode due = awaitStatus(key, id, "CHANGES_REQUESTED");
        assertThat(due.at("/requirements/errors/0/requirement").asText()).isEqualTo("documents.BUSINESS_LICENSE");
        assertThat(due.at("/requirements/errors/0/reason").asText())
                .isEqualTo("The photo is cut off: upload the whole page.");
        assertThat(due.at("/requirements/message").asText()).isEqualTo("Please replace the licence photo.");

        String licence = due.at("/documents/0/id").asText();
        http.json(HttpMethod.DELETE, "/api/v1/applications/" + id + "/documents/" + licence, Http.bearer(key), null);
        http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key), "BUSINESS_LICENSE", "whole-page.png",
                TestFiles.png(1400, 1000), "image/png");
        submit(key, id);
        awaitStatus(key, id, "IN_REVIEW");

        openTask(id);
        browser.click(By.cssSelector("button.claim"));
        WebElement again = awaitDossier(id);
        WebElement changes = browser.await(By.xpath("//*[contains(@class,'panel-heading')][contains(., 'Changes since revision 1')]/.."));
        assertThat(changes.getText()).contains("documents.BUSINESS_LICENSE", "REPLACED", "whole-page.png", "changed");
        assertThat(again.findElements(By.cssSelector("tr.warning"))).isNotEmpty();
        browser.screenshot("officer-resubmission-changes");
        browser.click(By.cssSelector("input[type=radio][value=APPROVE]"));
        complete();
        awaitStatus(key, id, "APPROVED");
    }

    @Test
    void aLeadCompletesTheSecondReviewAndTheFirstReviewerIsRefused() {
        String key = newMerchant();
        String id = applicationInReview(key, highRiskData(), highRiskDocuments());

        browser.loginToTasklist("itliam", PASSWORD);
        openTask(id);
        browser.click(By.cssSelector("button.claim"));
        awaitDossier(id);
        browser.click(By.cssSelector("input[type=radio][value=APPROVE]"));
        complete();
        awaitTask(id, "UserTask_SecondReview");

        openTask(id);
        browser.click(By.cssSelector("button.claim"));
        WebElement form = awaitDossier(id);
        assertThat(form.getText()).contains("itliam");
        browser.click(By.cssSelector("input[type=radio][value=APPROVE]"));
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.awaitText(By.cssSelector(".notifications"), "Four eyes");
        browser.screenshot("officer-four-eyes-refused");
        assertThat(application(key, id).get("status").asText()).isEqualTo("IN_REVIEW");
        unclaim(id);

        browser.loginToTasklist("itlena", PASSWORD);
        // A lead lands on "Second reviews" when it holds work.
        browser.awaitText(By.cssSelector(".task-filters .content div.item.active"), "Second reviews");
        browser.awaitText(By.cssSelector("[cam-tasks]"), referenceOf(id));
        openTask(id);
        browser.click(By.cssSelector("button.claim"));
        assertThat(awaitDossier(id).getText()).contains("First review by", "itliam");
        browser.screenshot("lead-second-review");
        browser.click(By.cssSelector("input[type=radio][value=REJECT]"));
        assertThat(browser.await(By.cssSelector(".reject-reasons")).getText())
                .contains("Reasons the merchant reads", "PROHIBITED_CATEGORY");
        browser.click(By.cssSelector("input[type=radio][value=APPROVE]"));
        complete();
        awaitStatus(key, id, "APPROVED");
    }

    @Test
    void theFormLoadsADossierWithTenDocuments() {
        String key = newMerchant();
        List<String> types = new ArrayList<>(COMPANY_DOCUMENTS);
        for (int i = 0; i < 6; i++) {
            types.add(i % 2 == 0 ? "TAX_REGISTRATION" : "CATEGORY_PERMIT");
        }
        String id = applicationInReview(key, completeData(), types);
        browser.loginToTasklist("itoscar", PASSWORD);
        long start = System.nanoTime();
        openTask(id);
        awaitDossier(id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> (Boolean) browser.script(
                "var imgs = document.querySelectorAll('.form-pane img.img-thumbnail');"
                        + " return imgs.length === 10 && Array.prototype.every.call(imgs, function (i) {"
                        + " return i.complete && i.naturalWidth > 0; });"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // From the form's dossier request to the last document image received (Resource Timing).
        Object dossierToImages = browser.script("var r = performance.getEntriesByType('resource');"
                + " var d = r.filter(function (e) { return e.name.indexOf('/dossier') > 0; }).pop();"
                + " var end = r.filter(function (e) { return e.name.indexOf('/content') > 0 && e.startTime >= d.startTime; })"
                + "   .reduce(function (m, e) { return Math.max(m, e.responseEnd); }, d.responseEnd);"
                + " return Math.round(end - d.startTime);");
        // Measured, not asserted: reported in docs/officer-guide.md.
        System.out.println("MEASURE review form with 10 documents: task opened to all images shown " + millis
                + " ms; dossier request to last image " + dossierToImages + " ms");
        browser.screenshot("officer-ten-documents");
    }

    /**
     * A licence no other test uploads: the journeys' licence line (OCR reads the declared code on it, as on theirs), and
     * below it lines of random letters.
     */
    private static BufferedImage uniquePicture() {
        java.util.Random random = new java.util.Random(System.nanoTime());
        BufferedImage image = new BufferedImage(1400, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1400, 1000);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(10, 10, 1380, 980);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 50));
        g.drawString("BUSINESS LICENCE 91350200776049653A", 40, 333);
        // Lines of random text: sharp enough to pass inspection, and a picture of its own.
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 40));
        for (int line = 0; line < 8; line++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 28; i++) {
                text.append((char) ('A' + random.nextInt(26)));
            }
            g.drawString(text.toString(), 40, 430 + line * 65);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage resized(BufferedImage image, double scale) {
        int w = (int) (image.getWidth() * scale);
        int h = (int) (image.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] encoded(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A complete application in review whose business licence is this file (the other documents the usual ones). */
    private String applicationWithLicence(String key, byte[] licence, String filename, String mediaType) {
        String id = createApplication(key, completeData());
        Http.Response uploaded = http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key),
                "BUSINESS_LICENSE", filename, licence, mediaType);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        COMPANY_DOCUMENTS.stream().filter(type -> !type.equals("BUSINESS_LICENSE")).forEach(type -> upload(key, id, type));
        submit(key, id);
        awaitStatus(key, id, "IN_REVIEW");
        return id;
    }

    private void openTask(String applicationId) {
        String taskId = awaitTask(applicationId, null);
        // A page of its own (a task's link, as in a mail), not a change of the open page's address: Tasklist's
        // landing on a filter with work (filter-counts.js) may still be under way on the page the login opened.
        browser.open("/camunda/app/tasklist/default/?opened=" + System.nanoTime() + "#/?task=" + taskId);
    }

    private String awaitTask(String applicationId, String taskKey) {
        String[] id = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var query = taskService().createTaskQuery().processInstanceBusinessKey(applicationId);
            if (taskKey != null) {
                query.taskDefinitionKey(taskKey);
            }
            var task = query.singleResult();
            id[0] = task == null ? null : task.getId();
            return id[0] != null;
        });
        return id[0];
    }

    private WebElement awaitDossier(String applicationId) {
        String reference = referenceOf(applicationId);
        browser.awaitText(By.cssSelector("[cam-tasklist-task] .form-pane"), reference);
        return browser.driver().findElement(By.cssSelector("[cam-tasklist-task] .form-pane"));
    }

    private String referenceOf(String applicationId) {
        return applications.findById(UUID.fromString(applicationId)).orElseThrow().getReference();
    }

    private void complete() {
        browser.click(By.cssSelector("button[ng-click='complete()']"));
    }

    private void unclaim(String applicationId) {
        var task = taskService().createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
        taskService().setAssignee(task.getId(), null);
    }

    private TaskService taskService() {
        return tasks;
    }

    private static Map<String, Object> highRiskData() {
        Map<String, Object> data = completeData();
        data.put("merchantCategoryCode", "5912");
        data.put("walletProviders", List.of("ALIPAY", "PAYPAL"));
        data.put("expectedMonthlyVolume", Map.of("amount", "2500000.00", "currency", "CNY"));
        return data;
    }

    private static List<String> highRiskDocuments() {
        List<String> documents = new ArrayList<>(COMPANY_DOCUMENTS);
        documents.add("CATEGORY_PERMIT");
        return documents;
    }
}
