package com.merchantonboarding.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of the top-level {@code bpmn/} folder under their plain file names, with
 * duplicate filtering: a restart, or a switch between the jar and an exploded classpath, deploys a
 * new version only when a model really changed.
 */
@Component
class ProcessModelDeployer {

    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);
    static final String DEPLOYMENT_NAME = "merchant-onboarding";

    private final RepositoryService repository;

    ProcessModelDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    void deploy() throws IOException {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
        if (models.length == 0) {
            throw new IllegalStateException("No BPMN models found under bpmn/ on the classpath");
        }
        DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false)
                .source("bpmn/");
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                deployment.addInputStream(model.getFilename(), new java.io.ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var result = deployment.deployWithResult();
        var definitions = result.getDeployedProcessDefinitions();
        log.info("Process models deployed: {} new definition(s) in deployment {}",
                definitions == null ? 0 : definitions.size(), result.getId());
    }
}
