package com.merchantonboarding.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the engine does not start without an administrator password, nor with the
 * demo password. Checked before the engine is built, so the administrator is never created with it. The same for
 * the inspection worker's user wherever a worker runs.
 * In the demo profile the engine does not start on any database but H2: {@link DemoProfileGuard} refuses that from
 * the settings already; this checks the database the engine actually found, before the administrator and the demo
 * users are created.
 */
@Component
class AdminPasswordGuard extends AbstractProcessEnginePlugin {

    private final IdentityProperties identity;
    private final CamundaBpmProperties camunda;
    private final InspectionWorkerProperties worker;

    AdminPasswordGuard(IdentityProperties identity, CamundaBpmProperties camunda, InspectionWorkerProperties worker) {
        this.identity = identity;
        this.camunda = camunda;
        this.worker = worker;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        checkWorker();
        var admin = camunda.getAdminUser();
        if (identity.demoUsers() || admin == null || admin.getId() == null) {
            return;
        }
        if (admin.getPassword() == null || admin.getPassword().isBlank()) {
            throw new IllegalStateException("No administrator password: set CAMUNDA_ADMIN_PASSWORD "
                    + "(camunda.bpm.admin-user.password).");
        }
        if (identity.demoPassword().equals(admin.getPassword())) {
            throw new IllegalStateException("The administrator uses the demo password outside the demo profile. "
                    + "Set CAMUNDA_ADMIN_PASSWORD (camunda.bpm.admin-user.password) to a secret of your own.");
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        String database = configuration.getDatabaseType();
        if (identity.demoUsers() && !"h2".equals(database)) {
            throw new DemoProfileGuard.Refused(database);
        }
    }

    /** The inspection worker's user: a password wherever the worker runs, the demo one only in the demo profile. */
    private void checkWorker() {
        if (!worker.enabled()) {
            return;
        }
        if (worker.password() == null || worker.password().isBlank()) {
            throw new IllegalStateException("No password for the inspection worker's user " + worker.user()
                    + ": set INSPECTION_WORKER_PASSWORD (onboarding.worker.password), the same on every node "
                    + "that runs a worker, or INSPECTION_WORKER_ENABLED=false on a node whose inspections are "
                    + "worked elsewhere.");
        }
        if (!identity.demoUsers() && identity.demoPassword().equals(worker.password())) {
            throw new IllegalStateException("The inspection worker uses the demo password outside the demo "
                    + "profile. Set INSPECTION_WORKER_PASSWORD (onboarding.worker.password) to a secret of your own.");
        }
    }
}
