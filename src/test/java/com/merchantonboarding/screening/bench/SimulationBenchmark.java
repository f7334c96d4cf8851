package com.merchantonboarding.screening.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.MerchantOnboardingApplication;
import com.merchantonboarding.documents.DocumentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analysts' simulation over 10,000 stored submissions (ten documents each), end to end: the application is
 * started on its own database, 10,000 submitted revisions are written with their inspected documents, the rules
 * folder is edited (massage parlours prohibited) and {@code POST /back-office/api/rules/simulate
 * {"lastRevisions": 10000}} is timed. Goal: under 30 s. H2 in memory by default; PostgreSQL with
 * {@code -Dbenchmark.options='-f 1 -wi 1 -i 3 -jvmArgsAppend -Dbench.db.url=jdbc:postgresql://127.0.0.1:5432/onboarding_bench'}
 * (an empty database).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulationBenchmark {

    static final int REVISIONS = Integer.getInteger("bench.revisions", 10_000);
    private static final String ADMIN_PASSWORD = "Bench-Admin-Secret-7";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigurableApplicationContext context;
    private HttpClient client;
    private URI simulate;

    @Setup
    public void start() throws IOException {
        Path rules = copy(Path.of("rules"), Files.createTempDirectory("bench-rules"));
        String url = System.getProperty("bench.db.url", "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        // As command-line arguments: they win over the profile's settings (builder properties would not).
        context = new SpringApplicationBuilder(MerchantOnboardingApplication.class)
                // Not the demo profile: it is refused on PostgreSQL. What the benchmark needs is given here.
                .profiles("bench")
                .run("--spring.datasource.url=" + url,
                        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                        "--spring.datasource.username=" + System.getProperty("bench.db.user", url.contains("postgresql") ? "postgres" : "sa"),
                        "--spring.datasource.password=" + System.getProperty("bench.db.password", ""),
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--onboarding.rules.location=" + rules,
                        "--onboarding.documents.storage-directory=" + Files.createTempDirectory("bench-documents"),
                        "--logging.level.root=warn");
        insertSubmissions(context.getBean(JdbcTemplate.class));
        Path table = rules.resolve("tables/merchant-categories.csv");
        Files.writeString(table, Files.readString(table).replace("7297,Massage Parlors,RESTRICTED,no",
                "7297,Massage Parlors,PROHIBITED,no"));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        simulate = URI.create("http://localhost:" + port + "/back-office/api/rules/simulate");
        client = HttpClient.newHttpClient();
    }

    @TearDown
    public void stop() {
        context.close();
    }

    @Benchmark
    public JsonNode simulateTenThousandSubmissions() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(simulate)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"lastRevisions\": " + REVISIONS + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode report = JSON.readTree(response.body());
        if (response.statusCode() != 200 || report.at("/totals/compared").asInt() != REVISIONS
                || report.at("/totals/outcomeChanged").asInt() == 0) {
            throw new IllegalStateException("Unexpected simulation result: " + response.statusCode() + " "
                    + report.path("totals") + report.path("detail"));
        }
        return report;
    }

    /** One merchant, {@link #REVISIONS} submitted applications, ten inspected documents each, in JDBC batches. */
    private static void insertSubmissions(JdbcTemplate jdbc) throws IOException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID merchant = UUID.randomUUID();
        jdbc.update("insert into merchant (id, email, password_hash, display_name, locale, created_at) values (?, ?, ?, ?, ?, ?)",
                merchant, "bench@example.cn", "{noop}x", "Bench", "en", now);
        List<DocumentType> types = BenchmarkApplications.tenDocumentTypes();
        List<Object[]> applications = new ArrayList<>();
        List<Object[]> revisions = new ArrayList<>();
        List<Object[]> documents = new ArrayList<>();
        List<Object[]> inspections = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < REVISIONS; i++) {
            UUID application = UUID.randomUUID();
            UUID revision = UUID.randomUUID();
            OffsetDateTime at = now.minusMinutes(REVISIONS - i);
            String category = BenchmarkApplications.CATEGORIES.get(i % BenchmarkApplications.CATEGORIES.size());
            String data = JSON.writeValueAsString(BenchmarkApplications.company(category, i % 5 == 0 ? "HK" : "CN"));
            applications.add(new Object[] {application, merchant, String.format("MO-B-%06d", i), "IN_REVIEW", 1, data, at, at, at});
            revisions.add(new Object[] {revision, application, 1, data, at});
            for (int d = 0; d < types.size(); d++) {
                UUID document = UUID.randomUUID();
                documents.add(new Object[] {document, application, types.get(d).name(), "page-" + d + ".jpg", 250_000L,
                        "image/jpeg", "0".repeat(64), document + ".bin", at});
                inspections.add(new Object[] {document, "PASSED", at, "image/jpeg", 1600, 1200,
                        d == 7 && i % 10 == 0 ? "Adobe Photoshop 25.0" : null, "[]"});
                links.add(new Object[] {revision, document});
            }
            if (applications.size() == 500 || i == REVISIONS - 1) {
                jdbc.batchUpdate("insert into application (id, merchant_id, reference, status, revision, data_json, created_at,"
                        + " submitted_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", applications);
                jdbc.batchUpdate("insert into application_revision (id, application_id, revision, data_json, submitted_at)"
                        + " values (?, ?, ?, ?, ?)", revisions);
                jdbc.batchUpdate("insert into document (id, application_id, type, filename, size_bytes, detected_media_type,"
                        + " sha256, storage_name, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", documents);
                jdbc.batchUpdate("insert into document_inspection (document_id, status, inspected_at, media_type, width, height,"
                        + " editing_software, details_json) values (?, ?, ?, ?, ?, ?, ?, ?)", inspections);
                jdbc.batchUpdate("insert into application_revision_document (revision_id, document_id) values (?, ?)", links);
                applications.clear();
                revisions.clear();
                documents.clear();
                inspections.clear();
                links.clear();
            }
        }
    }

    /** Copies a folder (the rules, the process model) for a benchmark to change. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
