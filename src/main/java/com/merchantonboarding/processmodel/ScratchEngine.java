package com.merchantonboarding.processmodel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * A throw-away in-memory engine (H2 in memory, no job executor, its own name) on which a changed model is deployed,
 * its scenarios run and migration plans built, without touching the real engine or its database. Built per check
 * (about two seconds) and closed after it.
 */
final class ScratchEngine implements AutoCloseable {

    private final ProcessEngine engine;
    private final String url;

    ScratchEngine(Map<Object, Object> beans) {
        String name = "model-check-" + UUID.randomUUID();
        this.url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(url);
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setHistory("activity");
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setBeans(beans);
        this.engine = configuration.buildProcessEngine();
    }

    ProcessEngine engine() {
        return engine;
    }

    /** Closes the engine and drops its in-memory database, so a check leaves nothing behind in the JVM. */
    @Override
    public void close() {
        engine.close();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already gone: nothing to free.
        }
    }

    /** A bean map that asks a function for each name an expression uses. */
    static Map<Object, Object> beans(java.util.function.Function<String, Object> lookup) {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return key instanceof String name && lookup.apply(name) != null;
            }

            @Override
            public Object get(Object key) {
                return key instanceof String name ? lookup.apply(name) : null;
            }

            @Override
            public Set<Entry<Object, Object>> entrySet() {
                return Set.of();
            }
        };
    }
}
