package com.merchantonboarding.paymentissue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/payment-issue.bpmn with its Tasklist form at start, as a deployment of its own
 * ({@value #DEPLOYMENT_NAME}; the onboarding model's deployment path, processmodel/, stays the onboarding's). The
 * resource names are fixed ({@code payment-issue.bpmn}, {@code forms/<file>.html}), so Camunda's duplicate filter
 * deploys a new version only when the model or the form changed, whichever way the application runs; the deploy
 * command takes Camunda's deployment lock, so two nodes starting at once deploy it once.
 */
@Component
class PaymentIssueDeployment {

    static final String DEPLOYMENT_NAME = "payment-issue";
    static final String MODEL = "payment-issue.bpmn";
    static final String FORMS_FOLDER = "payment-issue-forms/";

    private static final Logger log = LoggerFactory.getLogger(PaymentIssueDeployment.class);

    private final RepositoryService repository;

    PaymentIssueDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    void deploy() {
        var builder = repository.createDeployment().name(DEPLOYMENT_NAME).source("startup")
                .enableDuplicateFiltering(false);
        resources().forEach(builder::addString);
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        if (deployment.getDeployedProcessDefinitions() == null || deployment.getDeployedProcessDefinitions().isEmpty()) {
            log.info("Payment-issue process unchanged");
        } else {
            log.info("Payment-issue process deployed: {}", deployment.getDeployedProcessDefinitions().get(0).getId());
        }
    }

    /** The model and the forms by resource name. */
    static Map<String, String> resources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, String> resources = new TreeMap<>();
        try {
            Resource model = resolver.getResource("classpath:bpmn/" + MODEL);
            resources.put(MODEL, text(model));
            for (Resource form : resolver.getResources("classpath*:bpmn/" + FORMS_FOLDER + "*.html")) {
                resources.put("forms/" + form.getFilename(), text(form));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the payment-issue process", e);
        }
        return resources;
    }

    private static String text(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
