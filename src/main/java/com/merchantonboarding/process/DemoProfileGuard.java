package com.merchantonboarding.process;

import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The demo profile (the default when no profile is chosen) creates users and an administrator with the public demo
 * password and makes the bank micro-deposits predictable. That is only for the embedded H2 database: whoever points
 * the application at PostgreSQL (or any other database) and forgets the profile gets a refusal that says what to set,
 * before anything is started or written. Registered in {@code META-INF/spring.factories}; runs after the profile's
 * configuration files have been read.
 */
class DemoProfileGuard implements EnvironmentPostProcessor {

    static final String DEMO_PROFILE = "demo";
    static final String DEMO_USERS = "onboarding.identity.demo-users";
    static final String DATASOURCE_URL = "spring.datasource.url";

    /** Thrown when the demo profile or the demo users meet a database that is not the embedded one. */
    static final class Refused extends IllegalStateException {

        private final String database;

        Refused(String database) {
            super("The demo profile (demo users and an administrator with the public password Onboarding-Demo-1, "
                    + "fixed bank micro-deposits) runs only on the embedded H2 database, and " + DATASOURCE_URL
                    + " points at " + database + ". To run on " + database + ", choose the postgres profile and an "
                    + "administrator password of your own: SPRING_PROFILES_ACTIVE=postgres CAMUNDA_ADMIN_PASSWORD=... "
                    + "(and DB_URL, DB_USER, DB_PASSWORD). For the demo, leave DB_URL unset.");
            this.database = database;
        }

        String database() {
            return database;
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment);
    }

    static void check(ConfigurableEnvironment environment) {
        boolean demo = environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))
                || environment.getProperty(DEMO_USERS, Boolean.class, false);
        if (!demo) {
            return;
        }
        String url = environment.getProperty(DATASOURCE_URL);
        if (url == null || url.isBlank() || url.startsWith("jdbc:h2:")) {
            return; // no URL: Spring Boot's embedded database
        }
        throw new Refused(database(url));
    }

    /** The kind of database, never the rest of the URL (it may carry a password). */
    private static String database(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return "PostgreSQL";
        }
        String[] parts = url.split(":", 3);
        return parts.length >= 2 && parts[0].equalsIgnoreCase("jdbc") ? parts[1] + " (" + parts[0] + ":" + parts[1] + ":)"
                : "a database that is not H2";
    }
}
