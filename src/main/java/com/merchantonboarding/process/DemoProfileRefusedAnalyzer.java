package com.merchantonboarding.process;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints {@link DemoProfileGuard}'s refusal as Spring Boot's "APPLICATION FAILED TO START" report, not a stack trace. */
class DemoProfileRefusedAnalyzer extends AbstractFailureAnalyzer<DemoProfileGuard.Refused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoProfileGuard.Refused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set SPRING_PROFILES_ACTIVE=postgres and CAMUNDA_ADMIN_PASSWORD to run on " + cause.database()
                        + " (README, \"PostgreSQL\"), or leave DB_URL unset to run the demo on the embedded H2 database.",
                cause);
    }
}
