package com.merchantonboarding.process;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;

class AdminPasswordGuardTest {

    private static CamundaBpmProperties admin(String password) {
        CamundaBpmProperties properties = new CamundaBpmProperties();
        AdminUserProperty user = new AdminUserProperty();
        user.setId("admin");
        user.setPassword(password);
        properties.setAdminUser(user);
        return properties;
    }

    @Test
    void refusesTheDemoPasswordOutsideTheDemoProfile() {
        AdminPasswordGuard guard = new AdminPasswordGuard(new IdentityProperties(false, "Onboarding-Demo-1"),
                admin("Onboarding-Demo-1"));
        assertThatThrownBy(() -> guard.preInit(null)).hasMessageContaining("demo password");
    }

    @Test
    void refusesAMissingPasswordOutsideTheDemoProfile() {
        AdminPasswordGuard guard = new AdminPasswordGuard(new IdentityProperties(false, "Onboarding-Demo-1"),
                admin(""));
        assertThatThrownBy(() -> guard.preInit(null)).hasMessageContaining("CAMUNDA_ADMIN_PASSWORD");
    }

    @Test
    void acceptsTheDemoPasswordInTheDemoProfileAndASecretElsewhere() {
        assertThatCode(() -> new AdminPasswordGuard(new IdentityProperties(true, "Onboarding-Demo-1"),
                admin("Onboarding-Demo-1")).preInit(null)).doesNotThrowAnyException();
        assertThatCode(() -> new AdminPasswordGuard(new IdentityProperties(false, "Onboarding-Demo-1"),
                admin("A-real-Secret-42")).preInit(null)).doesNotThrowAnyException();
    }

    @Test
    void theEngineWithTheDemoUsersStartsOnlyOnH2() {
        ProcessEngineConfigurationImpl engine = new StandaloneInMemProcessEngineConfiguration();
        engine.setDatabaseType("postgres");
        assertThatThrownBy(() -> new AdminPasswordGuard(new IdentityProperties(true, "Onboarding-Demo-1"),
                admin("Onboarding-Demo-1")).postInit(engine))
                .isInstanceOf(DemoProfileGuard.Refused.class).hasMessageContaining("SPRING_PROFILES_ACTIVE=postgres");
        assertThatCode(() -> new AdminPasswordGuard(new IdentityProperties(false, "Onboarding-Demo-1"),
                admin("A-real-Secret-42")).postInit(engine)).doesNotThrowAnyException();
        engine.setDatabaseType("h2");
        assertThatCode(() -> new AdminPasswordGuard(new IdentityProperties(true, "Onboarding-Demo-1"),
                admin("Onboarding-Demo-1")).postInit(engine)).doesNotThrowAnyException();
    }
}
