package com.merchantonboarding.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link RequiresPostgres}. */
class PostgresCondition implements ExecutionCondition {

    static final String URL = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/onboarding_test");
    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
        }
        String message = "PostgreSQL is not reachable at " + URL + " (user postgres)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + ": CI=true, so this is a failure. "
                    + "Start PostgreSQL and create the database onboarding_test (.ci/run does both).");
        }
        System.err.println("""

                ************************************************************************
                * WARNING: %s
                * SKIPPING %s
                * Start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start
                * and: psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE onboarding_test'
                ************************************************************************
                """.formatted(message, context.getDisplayName()));
        return ConditionEvaluationResult.disabled(message);
    }

    private static synchronized boolean reachable() {
        if (reachable == null) {
            try (Connection ignored = DriverManager.getConnection(URL,
                    System.getenv().getOrDefault("TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("TEST_DB_PASSWORD", ""))) {
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }
}
