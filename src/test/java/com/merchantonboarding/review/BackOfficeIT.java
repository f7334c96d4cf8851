package com.merchantonboarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * What officers see through the Tasklist login: the dossier behind the review form, the documents,
 * and the filters of their task list.
 */
class BackOfficeIT extends IntegrationTest {

    @Test
    void officersReadTheDossierWithTheirTasklistLogin() {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        String session = http.webappSession("itolivia", PASSWORD, "tasklist");

        Http.Response dossier = http.get("/back-office/api/applications/" + id + "/dossier", Http.cookies(session));
        assertThat(dossier.status()).as(dossier.toString()).isEqualTo(200);
        JsonNode body = dossier.json();
        assertThat(body.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(body.at("/data/bankAccount/accountNumber").asText()).isEqualTo("****3445");
        assertThat(dossier.text()).doesNotContain("6222020200112233445", "35020319900101123X");
        assertThat(body.at("/screening/ruleSetVersion").asText()).contains("@");
        assertThat(body.get("documents")).hasSize(4);
        assertThat(body.get("requestableRequirements")).extracting(JsonNode::asText)
                .contains("documents.BUSINESS_LICENSE", "bankAccount.holderName");
        // The picker's labels: the portal's, by step, in the officer's language (the browser's Accept-Language).
        assertThat(body.get("requirementLabels")).anySatisfy(label -> {
            assertThat(label.get("requirement").asText()).isEqualTo("bankAccount.holderName");
            assertThat(label.get("label").asText()).isEqualTo("Bank account: Account holder");
            assertThat(label.get("stepLabel").asText()).isEqualTo("3. Bank account");
        });
        JsonNode chinese = http.get("/back-office/api/applications/" + id + "/dossier",
                Http.cookies(session).andThen(h -> h.set("Accept-Language", "zh-CN,zh;q=0.9"))).json();
        assertThat(chinese.get("requirementLabels")).extracting(l -> l.get("label").asText()).contains("营业执照");
        // The journeys upload one file as every document: each is flagged, this application's twins first.
        assertThat(body.at("/documents/0/duplicates/0/match").asText()).isEqualTo("SAME_BYTES");
        assertThat(body.at("/documents/0/duplicates/0/sameApplication").asBoolean()).isTrue();
        assertThat(body.at("/documents/0/duplicates/0/otherTypes")).hasSize(3);

        String documentId = body.at("/documents/0/id").asText();
        Http.Response content = http.bytes("/back-office/api/applications/" + id + "/documents/" + documentId
                + "/content", Http.cookies(session));
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void theDossierIsClosedToOthers() {
        String key = newMerchant();
        String id = createApplication(key, completeData());
        String path = "/back-office/api/applications/" + id + "/dossier";

        assertThat(http.get(path, null).status()).isEqualTo(401);
        assertThat(http.get(path, Http.bearer(key)).status()).isEqualTo(401);
        assertThat(http.get(path, Http.basic("itolivia", PASSWORD)).status()).isEqualTo(401);
        String analyst = http.webappSession("itana", PASSWORD, "cockpit");
        Http.Response forbidden = http.get(path, Http.cookies(analyst));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        String officer = http.webappSession("itoscar", PASSWORD, "tasklist");
        assertThat(http.get("/back-office/api/applications/" + java.util.UUID.randomUUID() + "/dossier",
                Http.cookies(officer)).status()).isEqualTo(404);
    }

    @Test
    void theReviewFormAndItsPartsComeFromTheTasksDeploymentForOfficersAndLeadsOnly() {
        String id = applicationInReview(newMerchant(), completeData(), COMPANY_DOCUMENTS);
        String taskId = http.get("/engine-rest/task?processInstanceBusinessKey=" + id,
                Http.basic("itolivia", PASSWORD)).json().get(0).get("id").asText();
        String form = "/camunda/api/engine/engine/default/task/" + taskId + "/deployed-form";
        String restForm = "/engine-rest/task/" + taskId + "/deployed-form";
        String part = "/back-office/api/tasks/" + taskId + "/forms/dossier-details.html";

        // Tasklist reads an embedded:deployment: form through the engine API of its own login.
        for (String user : java.util.List.of("itolivia", "itliam")) {
            String session = http.webappSession(user, PASSWORD, "tasklist");
            Http.Response loaded = http.get(form, Http.cookies(session));
            assertThat(loaded.status()).as(user + ": " + loaded).isEqualTo(200);
            assertThat(loaded.text()).contains("name=\"reviewApplicationForm\"");
            Http.Response included = http.get(part, Http.cookies(session));
            assertThat(included.status()).as(user + ": " + included).isEqualTo(200);
            assertThat(included.contentType()).startsWith("text/html");
            assertThat(included.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(included.text()).contains("dossier.reference").doesNotContain("<form");
        }
        assertThat(http.get(restForm, Http.basic("itliam", PASSWORD)).status()).isEqualTo(200);

        // Nobody without a login; not analysts, whom the engine does not let read the task.
        assertThat(http.get(form, null).status()).isEqualTo(401);
        assertThat(http.get(restForm, null).status()).isEqualTo(401);
        assertThat(http.get(part, null).status()).isEqualTo(401);
        assertThat(http.get(part, Http.basic("itolivia", PASSWORD)).status()).isEqualTo(401);
        assertThat(http.get(restForm, Http.basic("itana", PASSWORD)).status()).isEqualTo(403);
        String analyst = http.webappSession("itana", PASSWORD, "cockpit");
        assertThat(http.get(form, Http.cookies(analyst)).status()).isEqualTo(403);
        assertThat(http.get(part, Http.cookies(analyst)).status()).isEqualTo(403);

        // The task's review: its application and the rules of its decision, for the one review form.
        String review = "/back-office/api/tasks/" + taskId + "/review";
        Http.Response reviewed = http.get(review, Http.cookies(http.webappSession("itolivia", PASSWORD, "tasklist")));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().get("applicationId").asText()).isEqualTo(id);
        assertThat(reviewed.json().at("/rules/taskDefinitionKey").asText()).isEqualTo("UserTask_ReviewApplication");
        assertThat(reviewed.json().at("/rules/changesRequiredFor")).extracting(JsonNode::asText)
                .containsExactly("REQUEST_CHANGES");
        assertThat(http.get(review, null).status()).isEqualTo(401);
        assertThat(http.get(review, Http.cookies(analyst)).status()).isEqualTo(403);

        // Only the parts of bpmn/forms/, of a task the user may read.
        String officer = http.webappSession("itoscar", PASSWORD, "tasklist");
        assertThat(http.get("/back-office/api/tasks/" + taskId + "/forms/merchant-onboarding.bpmn",
                Http.cookies(officer)).status()).isEqualTo(404);
        assertThat(http.get("/back-office/api/tasks/" + taskId + "/forms/missing.html",
                Http.cookies(officer)).status()).isEqualTo(404);
        assertThat(http.get("/back-office/api/tasks/no-such-task/forms/dossier-details.html",
                Http.cookies(officer)).status()).isEqualTo(404);
        assertThat(http.get("/back-office/api/tasks/no-such-task/review", Http.cookies(officer)).status())
                .isEqualTo(404);

        // The oldest versions name embedded:/forms/second-review.html: it is the one form now.
        Http.Response old = http.get("/forms/second-review.html", null);
        assertThat(old.status()).as(old.toString()).isEqualTo(200);
        assertThat(old.text()).contains("name=\"reviewApplicationForm\"", "UserTask_SecondReview");
    }

    @Test
    void theWebappsKeepTheirCsrfProtection() {
        Http.Response page = http.get("/camunda/app/tasklist/", null);
        String session = page.headers().getOrEmpty("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Http.Response withoutToken = http.form("/camunda/api/admin/auth/user/default/login/tasklist",
                Http.cookies(session), Map.of("username", "itolivia", "password", PASSWORD));
        assertThat(withoutToken.status()).isEqualTo(403);
    }

    @Test
    void theComplianceQueueShowsReviewTasksToOfficersOnly() {
        String key = newMerchant();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        JsonNode filters = http.get("/engine-rest/filter?resourceType=Task", Http.basic("itolivia", PASSWORD)).json();
        assertThat(filters).extracting(f -> f.get("name").asText())
                .containsExactlyInAnyOrder("My reviews", "Compliance queue", "High risk", "Overdue");
        assertThat(http.get("/engine-rest/filter?resourceType=Task", Http.basic("itliam", PASSWORD)).json())
                .extracting(f -> f.get("name").asText()).contains("Second reviews", "Compliance queue");
        assertThat(http.get("/engine-rest/filter?resourceType=Task", Http.basic("itana", PASSWORD)).json())
                .isEmpty();
        String queue = filterId("itolivia", "Compliance queue");
        JsonNode officerTasks = http.json(HttpMethod.POST, "/engine-rest/filter/" + queue + "/list",
                Http.basic("itolivia", PASSWORD), Map.of("processInstanceBusinessKey", id)).json();
        assertThat(officerTasks).hasSize(1);
        assertThat(officerTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("UserTask_ReviewApplication");
        // Named after its case, with what the cards show as task variables.
        String reference = application(key, id).get("reference").asText();
        assertThat(officerTasks.get(0).get("name").asText()).isEqualTo(reference + " · 厦门示例贸易有限公司 · 5812");
        JsonNode variables = http.get("/engine-rest/task/" + officerTasks.get(0).get("id").asText()
                + "/localVariables", Http.basic("itolivia", PASSWORD)).json();
        assertThat(variables.at("/country/value").asText()).isEqualTo("CN");
        assertThat(variables.at("/walletProviders/value").asText()).isEqualTo("ALIPAY, WECHAT_PAY");
        assertThat(variables.at("/reference/value").asText()).isEqualTo(reference);
        // Officers land on the queue, leads on their second reviews: Tasklist opens the lowest priority.
        assertThat(lowestPriority("itolivia")).isEqualTo("Compliance queue");
        assertThat(lowestPriority("itliam")).isEqualTo("Second reviews");
        JsonNode sorting = http.get("/engine-rest/filter/" + queue, Http.basic("itolivia", PASSWORD)).json()
                .at("/query/sorting");
        assertThat(sorting).extracting(o -> o.get("sortBy").asText() + " " + o.get("sortOrder").asText())
                .containsExactly("dueDate asc", "priority desc");
        JsonNode analystTasks = http.json(HttpMethod.POST, "/engine-rest/filter/" + queue + "/list",
                Http.basic("itana", PASSWORD), Map.of("processInstanceBusinessKey", id)).json();
        assertThat(analystTasks == null || analystTasks.isEmpty() || !analystTasks.isArray()).isTrue();
    }

    @Test
    void highRiskReviewsAndSecondReviewsHaveTheirFilters() {
        String key = newMerchant();
        Map<String, Object> data = completeData();
        data.put("merchantCategoryCode", "5912");
        data.put("walletProviders", java.util.List.of("ALIPAY", "PAYPAL"));
        data.put("expectedMonthlyVolume", Map.of("amount", "2500000.00", "currency", "CNY"));
        java.util.List<String> documents = new java.util.ArrayList<>(COMPANY_DOCUMENTS);
        documents.add("CATEGORY_PERMIT");
        String id = applicationInReview(key, data, documents);
        Map<String, Object> thisApplication = Map.of("processInstanceBusinessKey", id);

        JsonNode highRisk = http.json(HttpMethod.POST, "/engine-rest/filter/" + filterId("itolivia", "High risk")
                + "/list", Http.basic("itolivia", PASSWORD), thisApplication).json();
        assertThat(highRisk).hasSize(1);
        String taskId = highRisk.get(0).get("id").asText();
        Http.Response approved = http.json(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Http.basic("itolivia", PASSWORD),
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE", "type", "String"))));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(204);

        JsonNode second = http.json(HttpMethod.POST, "/engine-rest/filter/" + filterId("itliam", "Second reviews")
                + "/list", Http.basic("itliam", PASSWORD), thisApplication).json();
        assertThat(second).hasSize(1);
        assertThat(second.get(0).get("taskDefinitionKey").asText()).isEqualTo("UserTask_SecondReview");
    }

    private String lowestPriority(String user) {
        JsonNode filters = http.get("/engine-rest/filter?resourceType=Task", Http.basic(user, PASSWORD)).json();
        JsonNode lowest = null;
        for (JsonNode filter : filters) {
            if (lowest == null || filter.at("/properties/priority").asInt() < lowest.at("/properties/priority").asInt()) {
                lowest = filter;
            }
        }
        return lowest == null ? null : lowest.get("name").asText();
    }

    private String filterId(String user, String name) {
        for (JsonNode filter : http.get("/engine-rest/filter?resourceType=Task", Http.basic(user, PASSWORD)).json()) {
            if (filter.get("name").asText().equals(name)) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError(user + " cannot see the filter " + name);
    }

    @Test
    void aResubmissionShowsWhatChangedTheEarlierRequestsAndTheCaseNotes() throws Exception {
        Http.Response signUp = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of(
                "email", "zh-" + java.util.UUID.randomUUID() + "@example.cn", "password", "a-long-password-123",
                "displayName", "茶馆", "locale", "zh-CN"));
        String key = signUp.json().get("apiKey").asText();
        String id = applicationInReview(key, completeData(), COMPANY_DOCUMENTS);
        JsonNode task = http.get("/engine-rest/task?processInstanceBusinessKey=" + id, Http.basic("itolivia", PASSWORD))
                .json().get(0);
        String taskId = task.get("id").asText();
        assertThat(http.json(HttpMethod.POST, "/engine-rest/task/" + taskId + "/comment/create",
                Http.basic("itolivia", PASSWORD), Map.of("message", "Called the merchant: licence photo is old."))
                .status()).isEqualTo(200);
        String changes = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.List.of(
                Map.of("requirement", "documents.BUSINESS_LICENSE", "code", "OFFICER_REQUEST",
                        "message", "Upload this year's licence.")));
        Http.Response requested = http.json(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Http.basic("itolivia", PASSWORD), Map.of("variables", Map.of(
                        "decision", Map.of("value", "REQUEST_CHANGES", "type", "String"),
                        "reviewComment", Map.of("value", "One document to replace.", "type", "String"),
                        "requestedChanges", Map.of("value", changes, "type", "Json"))));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(204);
        JsonNode due = awaitStatus(key, id, "CHANGES_REQUESTED");
        assertThat(due.toString()).doesNotContain("Called the merchant");

        String licence = due.at("/documents/0/id").asText();
        http.json(HttpMethod.DELETE, "/api/v1/applications/" + id + "/documents/" + licence, Http.bearer(key), null);
        http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key), "BUSINESS_LICENSE", "new.png",
                com.merchantonboarding.support.TestFiles.png(1300, 900), "image/png");
        Map<String, Object> data = completeData();
        data.put("tradingName", "Example Tea House Xiamen");
        http.json(HttpMethod.PUT, "/api/v1/applications/" + id, Http.bearer(key), data);
        submit(key, id);
        awaitStatus(key, id, "IN_REVIEW");

        String session = http.webappSession("itoscar", PASSWORD, "tasklist");
        JsonNode dossier = http.get("/back-office/api/applications/" + id + "/dossier", Http.cookies(session)).json();
        assertThat(dossier.get("revision").asInt()).isEqualTo(2);
        assertThat(dossier.get("merchantLocale").asText()).isEqualTo("zh-CN");
        assertThat(dossier.get("requestCodes")).anySatisfy(c -> {
            assertThat(c.get("code").asText()).isEqualTo("DOCUMENT_UNREADABLE");
            assertThat(c.get("merchantText").asText()).startsWith("证件图片不清晰");
        });
        JsonNode changed = dossier.get("changes");
        assertThat(changed.get("sinceRevision").asInt()).isEqualTo(1);
        assertThat(changed.get("fields")).hasSize(1);
        assertThat(changed.at("/fields/0/path").asText()).isEqualTo("tradingName");
        assertThat(changed.at("/fields/0/after").asText()).isEqualTo("Example Tea House Xiamen");
        assertThat(changed.get("documents")).hasSize(1);
        assertThat(changed.at("/documents/0/requirement").asText()).isEqualTo("documents.BUSINESS_LICENSE");
        assertThat(changed.at("/documents/0/change").asText()).isEqualTo("REPLACED");
        assertThat(changed.at("/earlierRequests/0/message").asText()).isEqualTo("Upload this year's licence.");
        assertThat(changed.at("/earlierRequests/0/answered").asBoolean()).isTrue();
        assertThat(dossier.get("notes")).hasSize(1);
        assertThat(dossier.at("/notes/0/author").asText()).isEqualTo("itolivia");
        assertThat(dossier.at("/notes/0/text").asText()).isEqualTo("Called the merchant: licence photo is old.");
        assertThat(application(key, id).toString()).doesNotContain("Called the merchant");
    }
}
