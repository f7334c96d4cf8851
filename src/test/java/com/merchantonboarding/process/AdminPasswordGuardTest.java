package com.merchantonboarding.process;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
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

    private static InspectionWorkerProperties worker(boolean enabled, String password) {
        return new InspectionWorkerProperties(enabled, "", "inspectionworker", password, Duration.ofMinutes(2),
                Duration.ofSeconds(20), 0, List.of(Duration.ofMinutes(1)), Duration.ofSeconds(15),
                Duration.ofSeconds(45));
    }

    private static final InspectionWorkerProperties WORKER = worker(true, "A-worker-Secret-7");

    @Test
    void refusesAWorkerWithoutPasswordOrWithTheDemoPasswordOutsideTheDemoProfile() {
        IdentityProperties production = new IdentityProperties(false, "Onboarding-Demo-1");
        assertThatThrownBy(() -> new AdminPasswordGuard(production, admin("A-real-Secret-42"), worker(true, ""))
                .preInit(null)).hasMessageContaining("INSPECTION_WORKER_PASSWORD");
        assertThatThrownBy(() -> new AdminPasswordGuard(production, admin("A-real-Secret-42"),
                worker(true, "Onboarding-Demo-1")).preInit(null)).hasMessageContaining("demo password");
        assertThatCode(() -> new AdminPasswordGuard(production, admin("A-real-Secret-42"), worker(false, ""))
                .preInit(null)).doesNotThrowAnyException();
        assertThatCode(() -> new AdminPasswordGuard(new IdentityProperties(true, "Onboarding-Demo-1"),
                admin("Onboarding-Demo-1"), worker(true, "Onboarding-Demo-1")).preInit(null))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesTheDemoPasswordOutsideTheDemoProfile() {
        AdminPasswordGuard guard = new AdminPasswordGuard(new IdentityProperties(false, "Onboarding-Demo-1"),
                admin("Onboarding-Demo-1"), WORKER);
        assertThatThrownBy(() -> guard.preInit(null)).hasMessageContaining("demo password");
    }

    @Test
    void refusesAMissingPasswordOutsideTheDemoProfile() {
        AdminPasswordGuard guard = new AdminPasswordGuard(new IdentityProperties(false, "Onboarding-Demo-1"),
                admin(""), WORKER);
        assertThatThrownBy(() -> guard.preInit(null)).hasMessageContaining("CAMUNDA_ADMIN_PASSWORD");
    }

    @Test
    void acceptsTheDemoPasswordInTheDemoProfileAndASecretElsewhere() {
        assertThatCode(() -> new AdminPasswordGuard(new IdentityProperties(true, "Onboarding-Demo-1"),
                admin("Onboarding-Demo-1"), WORKER).preInit(null)).doesNotThrowAnyException();
        assertThatCode(() -> new AdminPasswordGuard(new IdentityProperties(false, "Onboarding-Demo-1"),
                admin("A-real-Secret-42"), WORKER).preInit(null)).doesNotThrowAnyException();
    }

    @Test
    void theEngineWithTheDemoUsersStartsOnlyOnH2() {
        ProcessEngineConfigurationImpl engine = new StandaloneInMemProcessEngineConfiguration();
        engine.setDatabaseType("postgres");
        assertThatThrownBy(() -> new AdminPasswordGuard(new IdentityProperties(true, "Onboarding-Demo-1"),
                admin("Onboarding-Demo-1"), WORKER).postInit(engine))
                .isInstanceOf(DemoProfileGuard.Refused.class).hasMessageContaining("SPRING_PROFILES_ACTIVE=postgres");
        assertThatCode(() -> new AdminPasswordGuard(new IdentityProperties(false, "Onboarding-Demo-1"),
                admin("A-real-Secret-42"), WORKER).postInit(engine)).doesNotThrowAnyException();
        engine.setDatabaseType("h2");
        assertThatCode(() -> new AdminPasswordGuard(new IdentityProperties(true, "Onboarding-Demo-1"),
                admin("Onboarding-Demo-1"), WORKER).postInit(engine)).doesNotThrowAnyException();
    }
}
