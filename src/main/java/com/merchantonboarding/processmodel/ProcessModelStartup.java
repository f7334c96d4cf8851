package com.merchantonboarding.processmodel;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Deploys the configured process model at start when it changed (see {@link ProcessModels#deployAtStart}). */
@Component
class ProcessModelStartup {

    private final ProcessModels models;

    ProcessModelStartup(ProcessModels models) {
        this.models = models;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    void deploy() {
        models.deployAtStart();
    }
}
