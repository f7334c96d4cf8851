package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.application.ScreeningRecord;
import com.merchantonboarding.application.ScreeningRecordRepository;
import com.merchantonboarding.screening.RuleSource;
import com.merchantonboarding.screening.RulesProperties;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * docs/analyst-guide.md, step by step, against the running application: an analyst makes massage parlours (7297)
 * prohibited by editing the table, fixes and adds scenarios, runs them, simulates the change over past
 * submissions, reloads, and the next application is decided by the new version. The test profile points
 * {@code onboarding.rules.location} at a fresh copy of the shipped rules; each test restores it afterwards.
 */
class RulesAnalystIT extends IntegrationTest {

    private static final String RULES = "/back-office/api/rules";
    /** The repository's rules, which the test profile's folder starts as a copy of. */
    private static final Path SHIPPED = Path.of("rules");
    private static final String MASSAGE_SCENARIO = """
              - name: Category 7297 (massage parlours) is restricted
                application: {merchantCategoryCode: "7297"}
                expect: {outcome: REVIEW, riskLevel: MEDIUM, riskPoints: 40, findings: [RESTRICTED_CATEGORY@merchantCategoryCode]}
            """;

    @Autowired
    RulesProperties rulesProperties;
    @Autowired
    ScreeningRecordRepository screenings;

    private Path folder;
    private String activeBefore;

    @BeforeEach
    void shippedRules() {
        assertThat(rulesProperties.source()).as("application-test.yaml: onboarding.rules.location is a folder")
                .isInstanceOf(RuleSource.Directory.class);
        folder = ((RuleSource.Directory) rulesProperties.source()).root();
        activeBefore = http.get(RULES, Http.basic("itana", PASSWORD)).json().at("/active/version").asText();
    }

    @AfterEach
    void restoreShippedRules() {
        RuleFolderCopy.of(SHIPPED, folder);
        if (!http.get(RULES, Http.basic("itana", PASSWORD)).json().at("/active/version").asText().equals(activeBefore)) {
            Http.Response restored = http.json(HttpMethod.POST, RULES + "/reload", Http.basic("itana", PASSWORD), null);
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
    }

    @Test
    void analystMakesMassageParloursProhibitedAsTheGuideWalksThrough() {
        String key = newMerchant();
        Instant before = Instant.now().minusSeconds(1);
        String earlier = applicationInReview(key, massageParlour(), COMPANY_DOCUMENTS);
        AnalystLogin ana = AnalystLogin.cockpit(http, "itana", PASSWORD);

        // The rule set in use, and who activated it
        JsonNode rules = http.get(RULES, ana.cookieOnly()).json();
        String shipped = rules.at("/active/version").asText();
        assertThat(shipped).startsWith("2026.11-1@");
        assertThat(rules.at("/active/contentHash").asText()).hasSize(64);
        assertThat(rules.at("/location").asText()).isEqualTo(folder.toString());
        assertThat(rules.get("history")).anySatisfy(a -> assertThat(a.get("activatedBy").asText()).isEqualTo("system"));

        // 1. Edit the table (and the label)
        RuleFolderCopy.edit(folder, "tables/merchant-categories.csv",
                text -> text.replace("7297,Massage Parlors,RESTRICTED,no", "7297,Massage Parlors,PROHIBITED,no"));
        RuleFolderCopy.edit(folder, "policy.properties", text -> text.replace("ruleset.label=2026.11-1", "ruleset.label=2026.12-1"));

        // 2. Run the scenarios: the old one about 7297 fails, and a reload is refused for the same reason
        assertThat(scenarios()).contains("Scenario \"Category 7297 (massage parlours) is restricted\"")
                .contains("outcome: expected REVIEW, got REJECT").contains("1 failed");
        Http.Response refused = http.json(HttpMethod.POST, RULES + "/reload", ana.withToken(), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith(":scenarios-failed");
        assertThat(refused.json().at("/failedScenarios/0/name").asText()).isEqualTo("Category 7297 (massage parlours) is restricted");
        assertThat(refused.json().at("/failedScenarios/0/failures/0").asText()).isEqualTo("outcome: expected REVIEW, got REJECT");
        assertThat(refused.json().at("/failedScenarios/0/firedRules").toString()).contains("ProhibitedCategoryRejects");
        assertThat(http.get(RULES, ana.cookieOnly()).json().at("/active/version").asText()).isEqualTo(shipped);

        // 3. Change the old scenario, add new ones, run them again: all pass
        RuleFolderCopy.edit(folder, "scenarios/merchant-categories.yaml", text -> text.replace(MASSAGE_SCENARIO, ""));
        RuleFolderCopy.write(folder, "scenarios/massage-parlours.yaml", """
                # Massage parlours (7297) are prohibited from December 2026 (policy memo 2026-14).
                scenarios:
                  - name: Category 7297 (massage parlours) is prohibited
                    application: {merchantCategoryCode: "7297"}
                    expect: {outcome: REJECT, riskLevel: LOW, findings: [PROHIBITED_CATEGORY@merchantCategoryCode]}

                  - name: A massage parlour abroad with PayPal is rejected too
                    application: {merchantCategoryCode: "7297", country: SG, walletProviders: [PAYPAL]}
                    documents: {TAX_REGISTRATION: {}}
                    expect: {outcome: REJECT, riskLevel: LOW, riskPoints: 10, findings: [PROHIBITED_CATEGORY]}
                """);
        assertThat(scenarios()).contains(" passed, 0 failed");

        // 4. Simulate over past submissions: nothing changes, the earlier massage parlour would be rejected
        Http.Response simulated = http.json(HttpMethod.POST, RULES + "/simulate", Http.basic("itana", PASSWORD),
                Map.of("from", before.toString(), "to", Instant.now().plusSeconds(1).toString()));
        assertThat(simulated.status()).as(simulated.toString()).isEqualTo(200);
        JsonNode report = simulated.json();
        assertThat(report.at("/candidate/version").asText()).startsWith("2026.12-1@");
        assertThat(report.at("/active/version").asText()).isEqualTo(shipped);
        assertThat(report.at("/scenarios/failed").asInt()).isZero();
        assertThat(report.at("/totals/revisions").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.at("/totals/outcomeChanges/REVIEW -> REJECT").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode change = change(report, earlier);
        assertThat(change.at("/outcome/before").asText()).isEqualTo("REVIEW");
        assertThat(change.at("/outcome/after").asText()).isEqualTo("REJECT");
        assertThat(change.at("/riskLevel/before").asText()).isEqualTo("MEDIUM");
        assertThat(change.at("/riskLevel/after").asText()).isEqualTo("LOW");
        assertThat(change.get("findingsAdded")).extracting(JsonNode::asText).containsExactly("PROHIBITED_CATEGORY@merchantCategoryCode");
        assertThat(change.get("findingsRemoved")).extracting(JsonNode::asText).containsExactly("RESTRICTED_CATEGORY@merchantCategoryCode");
        assertThat(change.get("reference").asText()).startsWith("MO-");
        assertThat(change.get("applicationStatus").asText()).isEqualTo("IN_REVIEW");
        assertThat(report.at("/totals/changedByApplicationStatus/IN_REVIEW").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode lastRevisions = http.json(HttpMethod.POST, RULES + "/simulate", ana.withToken(), Map.of("lastRevisions", 25)).json();
        assertThat(lastRevisions.at("/selection/lastRevisions").asInt()).isEqualTo(25);
        change(lastRevisions, earlier);
        assertThat(application(key, earlier).get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(http.get(RULES, ana.cookieOnly()).json().at("/active/version").asText()).isEqualTo(shipped);

        // 5. Reload (from Cockpit's session, with its CSRF token)
        Http.Response reloaded = http.json(HttpMethod.POST, RULES + "/reload", ana.withToken(), null);
        assertThat(reloaded.status()).as(reloaded.toString()).isEqualTo(200);
        String prohibited = reloaded.json().at("/active/version").asText();
        assertThat(prohibited).isEqualTo(report.at("/candidate/version").asText());
        assertThat(reloaded.json().get("changed").asBoolean()).isTrue();
        assertThat(reloaded.json().get("previousVersion").asText()).isEqualTo(shipped);
        assertThat(reloaded.json().at("/active/activatedBy").asText()).isEqualTo("itana");
        JsonNode after = http.get(RULES, ana.cookieOnly()).json();
        assertThat(after.at("/active/version").asText()).isEqualTo(prohibited);
        assertThat(after.at("/active/activatedBy").asText()).isEqualTo("itana");
        assertThat(after.at("/history/0/version").asText()).isEqualTo(prohibited);
        assertThat(after.at("/history/0/previousVersion").asText()).isEqualTo(shipped);
        Http.Response again = http.json(HttpMethod.POST, RULES + "/reload", ana.withToken(), null);
        assertThat(again.json().get("changed").asBoolean()).isFalse();

        // 6. The next massage parlour is rejected by the new version; the earlier one keeps its review
        String next = createApplication(key, massageParlour());
        COMPANY_DOCUMENTS.forEach(type -> upload(key, next, type));
        submit(key, next);
        JsonNode rejected = awaitStatus(key, next, "REJECTED");
        assertThat(rejected.at("/decision/reasons/0/code").asText()).isEqualTo("PROHIBITED_CATEGORY");
        assertThat(screenings.findByApplicationIdOrderByScreenedAtAsc(UUID.fromString(next)))
                .extracting(ScreeningRecord::getRuleSetVersion).containsExactly(prohibited);
        assertThat(screenings.findByApplicationIdOrderByScreenedAtAsc(UUID.fromString(earlier)))
                .extracting(ScreeningRecord::getRuleSetVersion).containsExactly(shipped);
        assertThat(application(key, earlier).get("status").asText()).isEqualTo("IN_REVIEW");

        // Years later: the files of the version that decided
        Http.Response files = http.bytes(RULES + "/versions/" + prohibited + "/files", Http.basic("itana", PASSWORD));
        assertThat(files.status()).isEqualTo(200);
        assertThat(files.contentType()).isEqualTo("application/zip");
        assertThat(unzip(Base64.getDecoder().decode(files.text()), "tables/merchant-categories.csv"))
                .contains("7297,Massage Parlors,PROHIBITED,no");
    }

    @Test
    void brokenRulesAreRefusedWithTheCompilersMessageAndTheOldRuleSetStays() {
        String active = http.get(RULES, Http.basic("itana", PASSWORD)).json().at("/active/version").asText();
        int activations = http.get(RULES, Http.basic("itana", PASSWORD)).json().get("history").size();
        RuleFolderCopy.write(folder, "policy/broken.drl", """
                package policy;

                import com.merchantonboarding.screening.facts.ApplicationFacts;

                rule "BrokenRule"
                when
                    ApplicationFacts( legalName == )
                then
                end
                """);

        Http.Response refused = http.json(HttpMethod.POST, RULES + "/reload", Http.basic("itana", PASSWORD), null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith(":rules-invalid");
        assertThat(refused.json().get("problems").toString()).contains("policy/broken.drl line 7");
        assertThat(refused.json().get("activeVersion").asText()).isEqualTo(active);
        Http.Response simulation = http.json(HttpMethod.POST, RULES + "/simulate", Http.basic("itana", PASSWORD),
                Map.of("lastRevisions", 5));
        assertThat(simulation.status()).isEqualTo(422);

        RuleFolderCopy.write(folder, "policy/broken.drl", """
                package policy;

                import com.merchantonboarding.screening.facts.ApplicationFacts;

                rule "ReadsTheDatabasePassword"
                when
                    ApplicationFacts()
                then
                    System.getenv("DB_PASSWORD");
                end
                """);
        Http.Response unsafe = http.json(HttpMethod.POST, RULES + "/reload", Http.basic("itana", PASSWORD), null);
        assertThat(unsafe.status()).isEqualTo(422);
        assertThat(unsafe.json().get("problems").toString()).contains("policy/broken.drl line 9: type System is not allowed in rules");

        JsonNode rules = http.get(RULES, Http.basic("itana", PASSWORD)).json();
        assertThat(rules.at("/active/version").asText()).isEqualTo(active);
        assertThat(rules.get("history")).hasSize(activations);
    }

    @Test
    void onlyAnalystsAndAdministratorsGetInAndSessionWritesNeedTheCsrfToken() {
        assertThat(http.get(RULES, null).status()).isEqualTo(401);
        // (a wrong password of a real user would make Camunda delay that user's next logins)
        assertThat(http.get(RULES, Http.basic("itnobody", "wrong-password")).status()).isEqualTo(401);
        assertThat(http.get(RULES, Http.basic("itolivia", PASSWORD)).status()).isEqualTo(403);
        assertThat(http.get(RULES, Http.basic("itguest", PASSWORD)).status()).isEqualTo(403);
        String officer = http.webappSession("itolivia", PASSWORD, "tasklist");
        Http.Response forbidden = http.get(RULES, Http.cookies(officer));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(http.json(HttpMethod.POST, RULES + "/reload", Http.bearer(newMerchant()), null).status()).isEqualTo(401);
        assertThat(http.get(RULES, Http.basic("admin", "Qx7-Integration-Secret")).status()).isEqualTo(200);

        AnalystLogin ana = AnalystLogin.cockpit(http, "itana", PASSWORD);
        assertThat(http.get(RULES, ana.cookieOnly()).status()).isEqualTo(200);
        Http.Response withoutToken = http.json(HttpMethod.POST, RULES + "/reload", ana.cookieOnly(), null);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.json().get("type").asText()).endsWith(":csrf");
        Http.Response wrongToken = http.json(HttpMethod.POST, RULES + "/simulate", h -> {
            ana.cookieOnly().accept(h);
            h.set("X-XSRF-TOKEN", "not-the-token");
        }, Map.of("lastRevisions", 1));
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(http.json(HttpMethod.POST, RULES + "/reload", ana.withToken(), null).status()).isEqualTo(200);
        assertThat(http.json(HttpMethod.POST, RULES + "/reload", Http.basic("itana", PASSWORD), null).status()).isEqualTo(200);

        // the officers' back office keeps its own rules: an analyst is still refused there
        assertThat(http.get("/back-office/api/applications/" + UUID.randomUUID() + "/dossier", ana.cookieOnly()).status())
                .isEqualTo(403);
    }

    private static Map<String, Object> massageParlour() {
        Map<String, Object> data = completeData();
        data.put("merchantCategoryCode", "7297");
        return data;
    }

    /** The scenario command on the folder, as an analyst runs it: its output. */
    private String scenarios() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ScenarioCommand.run(folder.toString(), new PrintStream(output, true, StandardCharsets.UTF_8));
        return output.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode change(JsonNode report, String applicationId) {
        for (JsonNode change : report.get("changes")) {
            if (change.get("applicationId").asText().equals(applicationId)) {
                return change;
            }
        }
        throw new AssertionError("No change for " + applicationId + " in " + report);
    }

    private static String unzip(byte[] zip, String path) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(path)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(path + " not in the archive");
    }
}
