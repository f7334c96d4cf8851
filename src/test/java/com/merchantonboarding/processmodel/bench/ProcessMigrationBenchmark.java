package com.merchantonboarding.processmodel.bench;

import com.merchantonboarding.MerchantOnboardingApplication;
import com.merchantonboarding.screening.bench.SimulationBenchmark;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The analysts' process change with 1,000 applications waiting (at the resubmission, with its two timers): the time
 * to check the changed model ({@code POST /back-office/api/process/check}: rules, scenarios on a throw-away engine,
 * every waiting application against the new version) and to deploy it and migrate all 1,000 as a batch, until the
 * batch is done. Each iteration switches between the shipped model and one with an added step, so each deploys a
 * new version and moves everyone. H2 in memory by default; PostgreSQL with
 * {@code -Dbenchmark.options='-f 1 -wi 0 -i 3 -jvmArgsAppend -Dbench.db.url=jdbc:postgresql://127.0.0.1:5432/onboarding_bench'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProcessMigrationBenchmark {

    static final int WAITING = Integer.getInteger("bench.waiting", 1_000);
    private static final String ADMIN_PASSWORD = "Bench-Admin-Secret-7";
    private static final String NEW_STEP = """
                <bpmn:serviceTask id="ServiceTask_ScreenSanctions" name="Screen against sanctions lists" \
            camunda:delegateExpression="${sanctionsScreeningDelegate}">
                  <bpmn:incoming>Flow_ApplicationScreened</bpmn:incoming>
                  <bpmn:outgoing>Flow_SanctionsScreened</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:sequenceFlow id="Flow_SanctionsScreened" sourceRef="ServiceTask_ScreenSanctions" \
            targetRef="Gateway_ScreeningOutcome" />
            """;

    private ConfigurableApplicationContext context;
    private HttpClient client;
    private String base;
    private Path folder;
    private String original;
    private boolean changed;

    @Setup
    public void start() throws IOException {
        folder = SimulationBenchmark.copy(Path.of("bpmn"), Files.createTempDirectory("bench-bpmn"));
        original = Files.readString(folder.resolve("merchant-onboarding.bpmn"));
        String url = System.getProperty("bench.db.url", "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        context = new SpringApplicationBuilder(MerchantOnboardingApplication.class)
                // Not the demo profile: it is refused on PostgreSQL. What the benchmark needs is given here.
                .profiles("bench")
                .run("--spring.datasource.url=" + url,
                        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                        "--spring.datasource.username=" + System.getProperty("bench.db.user", url.contains("postgresql") ? "postgres" : "sa"),
                        "--spring.datasource.password=" + System.getProperty("bench.db.password", ""),
                        "--server.port=0",
                        "--onboarding.process-model.location=" + folder,
                        "--onboarding.documents.storage-directory=" + Files.createTempDirectory("bench-documents"),
                        "--logging.level.root=warn");
        RuntimeService runtime = context.getBean(RuntimeService.class);
        for (int i = 0; i < WAITING; i++) {
            String id = UUID.randomUUID().toString();
            runtime.createProcessInstanceByKey("merchant-onboarding").businessKey(id)
                    .setVariables(Map.of("applicationId", id, "revision", 1))
                    .startBeforeActivity("ReceiveTask_AwaitResubmission").execute(true, true);
        }
        base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort()
                + "/back-office/api/process";
        client = HttpClient.newHttpClient();
    }

    /** Each iteration has a model that differs from the deployed one. */
    @Setup(Level.Iteration)
    public void nextModel() throws IOException {
        changed = !changed;
        String model = changed ? original.replace("targetRef=\"Gateway_ScreeningOutcome\" />",
                        "targetRef=\"ServiceTask_ScreenSanctions\" />")
                .replace("<bpmn:incoming>Flow_ApplicationScreened</bpmn:incoming>",
                        "<bpmn:incoming>Flow_SanctionsScreened</bpmn:incoming>")
                .replace("  </bpmn:process>", NEW_STEP + "  </bpmn:process>") : original;
        Files.writeString(folder.resolve("merchant-onboarding.bpmn"), model);
    }

    @TearDown
    public void stop() {
        context.close();
    }

    @Benchmark
    public String checkAndMigrateAThousandWaitingApplications() throws Exception {
        Instant started = Instant.now();
        String check = post("/check", "");
        if (!check.contains("\"passed\":true") || !check.contains("\"canMove\":" + WAITING)) {
            throw new IllegalStateException("The check did not pass for all: " + check.substring(0,
                    Math.min(2000, check.length())));
        }
        Instant checked = Instant.now();
        String deployed = post("/deploy", "{\"migrate\": true}");
        if (!deployed.contains("\"migrated\":" + WAITING)) {
            throw new IllegalStateException("Not all moved: " + deployed.substring(0, Math.min(2000, deployed.length())));
        }
        ManagementService management = context.getBean(ManagementService.class);
        while (management.createBatchQuery().count() > 0) {
            Thread.sleep(100);
        }
        Instant migrated = Instant.now();
        System.out.printf("%n  check %d ms, deploy and migrate %d applications %d ms%n",
                Duration.between(started, checked).toMillis(), WAITING, Duration.between(checked, migrated).toMillis());
        return deployed;
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
