package com.merchantonboarding.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Takes the {@link StartupLock} before whichever comes first: Flyway's migration or the engine's build (its
 * {@code schema-update} creates Camunda's tables, its admin user, and its deployments follow).
 */
@Configuration(proxyBeanMethods = false)
class StartupLockConfiguration {

    @Bean
    FlywayMigrationStrategy migrateUnderStartupLock(StartupLock lock) {
        return flyway -> {
            lock.acquire();
            flyway.migrate();
        };
    }

    @Bean
    ProcessEnginePlugin engineBuildUnderStartupLock(StartupLock lock) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                lock.acquire();
            }
        };
    }
}
