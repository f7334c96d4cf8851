package com.merchantonboarding.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;

/**
 * The built jar ({@code target/merchant-onboarding-*.jar}, so only after {@code package}) started in a JVM of its
 * own with the {@code postgres} profile on a free port, its output in a log file.
 */
public final class JarProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private JarProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The inspection worker's password every jar process is given (the nodes of one database share it). */
    public static final String WORKER_PASSWORD = "Qx7-Jar-Fetch-Secret";

    /**
     * Starts the jar on this database with these JVM options and environment (which may override the defaults:
     * database, port, administrator's and inspection worker's passwords, {@code OMP_THREAD_LIMIT=1}); does not wait
     * for it to be up.
     */
    public static JarProcess start(String database, List<String> jvmOptions, Map<String, String> environment, Path log)
            throws IOException {
        return start("postgres", database, jvmOptions, environment, log);
    }

    /** The same with these Spring profiles ({@code worker}: an inspection worker only). */
    public static JarProcess start(String profiles, String database, List<String> jvmOptions,
                                   Map<String, String> environment, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--spring.profiles.active=" + profiles));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("DB_URL", TestDatabases.url(database));
        env.put("DB_USER", TestDatabases.user());
        env.put("DB_PASSWORD", TestDatabases.password());
        env.put("CAMUNDA_ADMIN_PASSWORD", "Qx7-Jar-Process-Secret");
        env.put("INSPECTION_WORKER_PASSWORD", WORKER_PASSWORD);
        env.put("PORT", String.valueOf(port));
        env.put("OMP_THREAD_LIMIT", "1");
        env.putAll(environment);
        Files.createDirectories(log.toAbsolutePath().getParent());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new JarProcess(builder.start(), log, port);
    }

    /** Waits until the readiness probe ({@code /actuator/health/readiness}) answers 200; fails when the process ends or the time is up. */
    public void awaitUp(Duration timeout) throws InterruptedException {
        Http http = http();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see "
                        + log);
            }
            try {
                if (http.get("/actuator/health/readiness", (Consumer<HttpHeaders>) null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not start within " + timeout + "; see " + log);
    }

    public Http http() {
        return new Http(port);
    }

    /** This node's /engine-rest, for a worker that fetches from it. */
    public String engineRestUrl() {
        return "http://localhost:" + port + "/engine-rest";
    }

    /** Kills the process at once (SIGKILL): no shutdown, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("merchant-onboarding-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No built jar in target/: this test runs after 'package' (./mvnw verify)"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
