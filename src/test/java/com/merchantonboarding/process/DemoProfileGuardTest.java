package com.merchantonboarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantonboarding.MerchantOnboardingApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class DemoProfileGuardTest {

    /** Nothing listens here: were the guard to let the start go on, it would fail on the connection instead. */
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:1/onboarding?password=secret-in-url";

    @Test
    void anApplicationInTheDefaultDemoProfileRefusesToStartOnPostgresqlAndSaysWhatToSet(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(MerchantOnboardingApplication.class);

        assertThatThrownBy(() -> application.run("--spring.datasource.url=" + POSTGRES, "--server.port=0"))
                .isInstanceOf(DemoProfileGuard.Refused.class)
                .hasMessageContaining("runs only on the embedded H2 database")
                .hasMessageContaining("points at PostgreSQL")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=postgres CAMUNDA_ADMIN_PASSWORD=")
                .hasMessageNotContaining("secret-in-url");
        assertThat(output).contains("APPLICATION FAILED TO START",
                "Set SPRING_PROFILES_ACTIVE=postgres and CAMUNDA_ADMIN_PASSWORD to run on PostgreSQL");
    }

    @Test
    void theDemoProfileChosenExplicitlyOrTheDemoUsersAloneAreRefusedOnPostgresqlToo() {
        MockEnvironment explicitDemo = environment(POSTGRES);
        explicitDemo.setActiveProfiles("demo");
        assertThatThrownBy(() -> DemoProfileGuard.check(explicitDemo)).isInstanceOf(DemoProfileGuard.Refused.class);
        MockEnvironment demoUsersOnly = environment(POSTGRES);
        demoUsersOnly.setActiveProfiles("postgres");
        demoUsersOnly.setProperty(DemoProfileGuard.DEMO_USERS, "true");
        assertThatThrownBy(() -> DemoProfileGuard.check(demoUsersOnly)).isInstanceOf(DemoProfileGuard.Refused.class);
        assertThatThrownBy(() -> DemoProfileGuard.check(environment("jdbc:mysql://db/onboarding")))
                .hasMessageContaining("points at mysql (jdbc:mysql:)");
    }

    @Test
    void theDemoRunsOnTheEmbeddedDatabaseAndPostgresqlRunsWithoutTheDemo() {
        assertThatCode(() -> DemoProfileGuard.check(environment("jdbc:h2:file:./data/db/onboarding")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DemoProfileGuard.check(environment("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1")))
                .doesNotThrowAnyException();
        MockEnvironment postgres = environment(POSTGRES);
        postgres.setActiveProfiles("postgres");
        assertThatCode(() -> DemoProfileGuard.check(postgres)).doesNotThrowAnyException();
        MockEnvironment test = environment(POSTGRES);
        test.setActiveProfiles("test");
        assertThatCode(() -> DemoProfileGuard.check(test)).doesNotThrowAnyException();
    }

    /** No active profile: the default one, demo, as in application.yaml. */
    private static MockEnvironment environment(String url) {
        MockEnvironment environment = new MockEnvironment();
        environment.setDefaultProfiles("demo");
        environment.setProperty(DemoProfileGuard.DATASOURCE_URL, url);
        return environment;
    }
}
