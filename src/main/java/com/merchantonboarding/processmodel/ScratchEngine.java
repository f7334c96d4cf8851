package com.merchantonboarding.processmodel;

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

    ScratchEngine(Map<Object, Object> beans) {
        String name = "model-check-" + UUID.randomUUID();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
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

    @Override
    public void close() {
        engine.close();
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
