package com.merchantonboarding.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the engine does not start without an administrator password, nor with the
 * demo password. Checked before the engine is built, so the administrator is never created with it.
 * In the demo profile the engine does not start on any database but H2: {@link DemoProfileGuard} refuses that from
 * the settings already; this checks the database the engine actually found, before the administrator and the demo
 * users are created.
 */
@Component
class AdminPasswordGuard extends AbstractProcessEnginePlugin {

    private final IdentityProperties identity;
    private final CamundaBpmProperties camunda;

    AdminPasswordGuard(IdentityProperties identity, CamundaBpmProperties camunda) {
        this.identity = identity;
        this.camunda = camunda;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
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
}
