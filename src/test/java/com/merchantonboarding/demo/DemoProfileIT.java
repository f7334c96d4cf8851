package com.merchantonboarding.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import com.merchantonboarding.support.TestFiles;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The no-setup default: the demo profile on the embedded H2 file database, with the demo users.
 * A short journey proves the same code runs on H2 as on PostgreSQL. Failsafe runs it in a JVM of its
 * own (see pom.xml): a second application in the same JVM would register a second engine named
 * "default".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/demo-it/db/onboarding",
        "onboarding.documents.storage-directory=target/demo-it/documents"})
class DemoProfileIT {

    @LocalServerPort
    int port;

    @Test
    void runsOnTheEmbeddedDatabaseWithTheDemoUsers() {
        Http http = new Http(port);
        for (String user : new String[] {"admin", "olivia", "oscar", "liam", "lena", "ana"}) {
            assertThat(http.get("/engine-rest/user/" + user + "/profile", Http.basic(user, "Onboarding-Demo-1"))
                    .status()).as(user).isEqualTo(200);
        }
        assertThat(http.get("/camunda/app/tasklist/", null).status()).isIn(200, 302);
        String start = http.get("/", h -> h.set("Accept-Language", "en")).text();
        assertThat(start).contains("id=\"demo-users\"", "the password Onboarding-Demo-1", "<code>admin</code>",
                "<code>olivia, </code><code>oscar</code>", "<code>liam, </code><code>lena</code>", "<code>ana</code>",
                "always 0.32 and 0.45", "href=\"/camunda/app/tasklist/\"");
        assertThat(http.get("/v3/api-docs", null).json().at("/paths").has("/api/v1/applications")).isTrue();

        Http.Response signUp = http.json(HttpMethod.POST, "/api/v1/merchants", null, Map.of(
                "email", "demo-" + System.nanoTime() + "@example.cn", "password", "a-long-password-1",
                "displayName", "Demo"));
        String key = signUp.json().get("apiKey").asText();
        // Wrong keys are counted in the database on H2 too (security/JdbcBucketStore).
        assertThat(http.get("/api/v1/applications", Http.bearer(key.substring(0, 8) + "x".repeat(35))).status())
                .isEqualTo(401);
        Http.Response created = http.json(HttpMethod.POST, "/api/v1/applications", Http.bearer(key),
                IntegrationTest.completeData());
        String id = created.json().get("id").asText();
        assertThat(http.upload("/api/v1/applications/" + id + "/documents", Http.bearer(key), "BUSINESS_LICENSE",
                "licence.jpg", TestFiles.jpeg(1200, 800), "image/jpeg").status()).isEqualTo(201);
        assertThat(http.json(HttpMethod.POST, "/api/v1/applications/" + id + "/submit", Http.bearer(key), null)
                .status()).isEqualTo(202);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "CHANGES_REQUESTED".equals(
                http.get("/api/v1/applications/" + id, Http.bearer(key)).json().get("status").asText()));
        JsonNode application = http.get("/api/v1/applications/" + id, Http.bearer(key)).json();
        assertThat(application.at("/requirements/currentlyDue")).extracting(JsonNode::asText)
                .contains("documents.LEGAL_REP_ID_FRONT", "documents.LEGAL_REP_ID_BACK",
                        "documents.BANK_ACCOUNT_PROOF");
    }
}
