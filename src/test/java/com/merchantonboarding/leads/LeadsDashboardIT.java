package com.merchantonboarding.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.support.Browser;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leads' dashboard against what the test makes happen in one week of its own (a random week between 2001 and
 * 2019, on Camunda's clock, so that no other test's applications fall into it; in the past, so that no other test's
 * timer comes due and writes into it): five applications decided,
 * sent back or left in review; a rule set activated mid-week. The page in a real browser, reached from Tasklist's
 * header, and its CSV files; who may read it.
 */
class LeadsDashboardIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TaskService tasks;
    @Autowired
    private JdbcTemplate jdbc;

    private Browser browser;

    @Autowired
    private RuntimeService runtime;

    private final List<String> created = new java.util.ArrayList<>();

    /** Back to today's clock, without the test's processes: their timers, in the past now, would all fire. */
    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        for (String id : created) {
            // The job executor may be firing one of their timers (due again with today's clock) at this moment:
            // deleting then loses to it, so try again until the instance is gone.
            Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreException(OptimisticLockingException.class)
                    .until(() -> {
                        runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list().forEach(p ->
                                runtime.deleteProcessInstance(p.getId(), "LeadsDashboardIT done", true, true));
                        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count() == 0;
                    });
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsTheWeekTheTestMadeAndOnlyToLeadsAndAnalysts() {
        LocalDate monday = LocalDate.of(2001, 1, 1).with(DayOfWeek.MONDAY)
                .plusWeeks(ThreadLocalRandom.current().nextInt(0, 52 * 18));
        Instant t0 = monday.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        // Failed logins recorded on an earlier run's clock, in the past, would still block the users on this one.
        jdbc.update("delete from login_throttle where last_failure_at < ?", OffsetDateTime.parse("2020-01-01T00:00:00Z"));
        identityService.unlockUser("itana");
        at(t0);

        String key = newMerchant();
        String approved = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        String changed = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        String rejected = submitProhibitedCategory(key);
        awaitStatus(key, rejected, "REJECTED");
        String missing = createApplication(key, completeData());
        COMPANY_DOCUMENTS.stream().filter(t -> !t.equals("BANK_ACCOUNT_PROOF")).forEach(t -> upload(key, missing, t));
        submit(key, missing);
        assertThat(awaitStatus(key, missing, "CHANGES_REQUESTED").at("/requirements/errors/0/code").asText())
                .isEqualTo("DOCUMENT_MISSING");
        String waiting = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        created.addAll(List.of(approved, changed, rejected, missing, waiting));

        at(t0.plus(Duration.ofHours(1)));
        complete(changed, "REQUEST_CHANGES", "Please send the whole licence.", List.of(Map.of(
                "requirement", "documents.BUSINESS_LICENSE", "code", "OFFICER_REQUEST", "message", "The page is cut off.")));
        awaitStatus(key, changed, "CHANGES_REQUESTED");
        at(t0.plus(Duration.ofHours(2)));
        submit(key, changed);
        awaitStatus(key, changed, "IN_REVIEW");
        at(t0.plus(Duration.ofHours(5)));
        complete(approved, "APPROVE", null, null);
        awaitStatus(key, approved, "APPROVED");
        String label = "dashboard-it-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into rule_set_activation (id, version_id, label, content_hash, source, activated_by,"
                        + " activated_at, previous_version_id) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
                label + "@test", label, "0".repeat(64), "test", "itana",
                t0.plus(Duration.ofHours(20)).atOffset(ZoneOffset.UTC), null);
        at(t0.plus(Duration.ofHours(30)));
        complete(changed, "APPROVE", null, null);
        awaitStatus(key, changed, "APPROVED");

        // Friday: the waiting review is three days old, past its two-day SLA.
        Instant friday = t0.plus(Duration.ofDays(3));
        at(friday);
        long overdue = tasks.createTaskQuery().taskDefinitionKeyIn("UserTask_ReviewApplication", "UserTask_SecondReview")
                .dueBefore(Date.from(friday)).count();
        String query = "?weeks=4&until=" + monday.plusDays(6);

        browser = Browser.startOrSkip(port);
        browser.loginToTasklist("itliam", PASSWORD);
        // AngularJS may draw the header again after the link was added (the script adds it again): retry a stale click.
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            browser.driver().findElement(By.cssSelector(".leads-dashboard-link a")).click();
            return browser.driver().getCurrentUrl().contains("/back-office/leads/dashboard");
        });
        browser.await(By.cssSelector("#status-by-week svg"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/back-office/leads/dashboard");
        browser.consoleErrors();
        browser.open("/back-office/leads/dashboard" + query);
        WebElement page = browser.await(By.cssSelector("main"));
        assertThat(browser.driver().findElement(By.id("period")).getText())
                .isEqualTo(monday.minusWeeks(3) + " to " + monday.plusDays(6));

        String week = "tr[data-week='" + monday + "'] ";
        Map<String, String> statuses = new HashMap<>();
        for (WebElement cell : page.findElements(By.cssSelector("#status-by-week " + week + "td[data-status]"))) {
            statuses.put(cell.getAttribute("data-status"), cell.getAttribute("textContent"));
        }
        assertThat(statuses).containsEntry("SUBMITTED", "6").containsEntry("IN_REVIEW", "4")
                .containsEntry("CHANGES_REQUESTED", "2").containsEntry("APPROVED", "2").containsEntry("REJECTED", "1")
                .containsEntry("LIVE", "0");
        assertThat(text("#status-by-week tr[data-week='" + monday.minusWeeks(1) + "'] td[data-status=SUBMITTED]"))
                .isEqualTo("0");
        // Decision times: rejected at once (0 h), approved after 5 h and after 30 h.
        assertThat(text("#decision-time " + week + ".decisions")).isEqualTo("3");
        assertThat(text("#decision-time " + week + ".median")).isEqualTo("5.0");
        assertThat(text("#decision-time " + week + ".p90")).isEqualTo("25.0");
        assertThat(page.findElements(By.cssSelector("#decision-time tr[data-week]"))).hasSize(1);
        // One of two approvals needed no change request.
        assertThat(text("#first-time-right " + week + ".decided")).isEqualTo("3");
        assertThat(text("#first-time-right " + week + ".approved")).isEqualTo("2");
        assertThat(text("#first-time-right " + week + ".first-time")).isEqualTo("1");
        assertThat(text("#first-time-right " + week + ".rate")).isEqualTo("50 %");
        // Sent back: the missing document by screening, the licence by the officer; the rejected one not at all.
        assertThat(page.findElements(By.cssSelector("#sent-back-reasons tr[data-code]"))).hasSize(2);
        assertThat(text("#sent-back-reasons tr[data-code=DOCUMENT_MISSING] .automatic")).isEqualTo("1");
        assertThat(text("#sent-back-reasons tr[data-code=DOCUMENT_MISSING] .officer")).isEqualTo("0");
        assertThat(text("#sent-back-reasons tr[data-code=OFFICER_REQUEST] .automatic")).isEqualTo("0");
        assertThat(text("#sent-back-reasons tr[data-code=OFFICER_REQUEST] .officer")).isEqualTo("1");
        // The waiting review, three days old, with the SLA line; overdue as Camunda counts it.
        assertThat(text("#open-reviews .overdue")).isEqualTo(String.valueOf(overdue));
        assertThat(overdue).isPositive();
        assertThat(page.findElement(By.cssSelector("#open-reviews .marker.sla text")).getText()).isEqualTo("SLA 2 d");
        assertThat(text("#open-reviews .figures tr:nth-child(5) td:nth-child(2)")).as("3–5 d").isEqualTo("1");
        // The activation: a marker on each weekly chart, and in the list.
        assertThat(page.findElements(By.xpath("//*[local-name()='g'][contains(@class,'marker')]/*[local-name()='text']"
                + "[text()='" + label + "']"))).hasSize(3);
        assertThat(text("#rule-set-activations td.label")).isEqualTo(label);
        // Aggregates only: no merchant's name, reference or number.
        String html = browser.driver().getPageSource();
        assertThat(html).doesNotContain("Example Tea House", "厦门", "MO-20", "6222020200112233445", approved, waiting);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshotPage("leads-dashboard", 1400);

        // The link in Cockpit's header for an analyst; none in Tasklist for an officer.
        browser.loginToCockpit("itana", PASSWORD);
        browser.await(By.cssSelector(".leads-dashboard-link a"));
        browser.loginToTasklist("itolivia", PASSWORD);
        browser.await(By.cssSelector("body[data-leads-dashboard-link=hidden]"));
        assertThat(browser.driver().findElements(By.cssSelector(".leads-dashboard-link"))).isEmpty();

        // CSV, for a business analyst with HTTP Basic: the same figures.
        Http.Response csv = http.get("/back-office/leads/dashboard/first-time-right.csv" + query,
                Http.basic("itana", PASSWORD));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", "first-time-right");
        assertThat(csv.text().lines().toList()).first().isEqualTo("week_start,decided,approved,approved_first_time,first_time_right_rate");
        assertThat(csv.text()).contains(monday + ",3,2,1,0.5000");
        Http.Response reasons = http.get("/back-office/leads/dashboard/sent-back-reasons.csv" + query,
                Http.basic("itana", PASSWORD));
        assertThat(reasons.text().lines().toList()).containsExactlyInAnyOrder("code,automatic,officer,total",
                "DOCUMENT_MISSING,1,0,1", "OFFICER_REQUEST,0,1,1");
        for (String chart : List.of("status-by-week", "decision-time", "open-reviews", "rule-set-activations")) {
            Http.Response one = http.get("/back-office/leads/dashboard/" + chart + ".csv" + query, Http.basic("itana", PASSWORD));
            assertThat(one.status()).as(chart).isEqualTo(200);
            assertThat(one.contentType()).startsWith("text/csv");
        }
        assertThat(http.get("/back-office/leads/dashboard/status-by-week.csv" + query, Http.basic("itana", PASSWORD)).text())
                .contains(monday + ",SUBMITTED,6");
        assertThat(http.get("/back-office/leads/dashboard/decision-time.csv" + query, Http.basic("itana", PASSWORD)).text())
                .contains(monday + ",3,5.0,25.0");

        ClockUtil.reset();
        // Who may not: officers (session or HTTP Basic), users in no group, no one logged in.
        assertThat(http.get("/back-office/leads/dashboard", Http.basic("itolivia", PASSWORD)).status()).isEqualTo(403);
        assertThat(http.get("/back-office/leads/dashboard/open-reviews.csv", Http.basic("itolivia", PASSWORD)).status())
                .isEqualTo(403);
        assertThat(http.get("/back-office/leads/dashboard", Http.cookies(http.webappSession("itolivia", PASSWORD, "tasklist")))
                .status()).isEqualTo(403);
        assertThat(http.get("/back-office/leads/access", Http.basic("itguest", PASSWORD)).status()).isEqualTo(403);
        Http.Response anonymous = http.get("/back-office/leads/dashboard", null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.headers().getLocation()).hasToString("http://localhost:" + port + "/camunda/app/cockpit/default/#/login");
        assertThat(http.get("/back-office/leads/dashboard/open-reviews.csv", Http.basic("itana", "wrong-" + UUID.randomUUID())).status())
                .isEqualTo(401);
        // Bad input: a readable 400.
        Http.Response bad = http.get("/back-office/leads/dashboard?weeks=500", Http.basic("itliam", PASSWORD));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("weeks must be a whole number from 1 to 104");
        assertThat(http.get("/back-office/leads/dashboard/nothing.csv", Http.basic("itliam", PASSWORD)).status())
                .isEqualTo(404);

    }

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute("textContent").strip();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private void complete(String applicationId, String decision, String comment, List<Map<String, String>> changes) {
        String[] taskId = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode found = http.get("/engine-rest/task?processInstanceBusinessKey=" + applicationId
                    + "&taskDefinitionKey=UserTask_ReviewApplication", Http.basic("itolivia", PASSWORD)).json();
            taskId[0] = found != null && found.size() == 1 ? found.get(0).get("id").asText() : null;
            return taskId[0] != null;
        });
        http.json(HttpMethod.POST, "/engine-rest/task/" + taskId[0] + "/claim", Http.basic("itolivia", PASSWORD),
                Map.of("userId", "itolivia"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", Map.of("value", decision, "type", "String"));
        if (comment != null) {
            variables.put("reviewComment", Map.of("value", comment, "type", "String"));
        }
        if (changes != null) {
            try {
                variables.put("requestedChanges", Map.of("value", JSON.writeValueAsString(changes), "type", "Json"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        Http.Response done = http.json(HttpMethod.POST, "/engine-rest/task/" + taskId[0] + "/complete",
                Http.basic("itolivia", PASSWORD), Map.of("variables", variables));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
