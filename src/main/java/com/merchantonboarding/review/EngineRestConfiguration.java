package com.merchantonboarding.review;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /engine-rest as Camunda ships it, with two changes: an officer's decision refused by the review listeners or the
 * completion guard, and a Java-serialized value the engine refuses, answer 400 with the reason, not 500 (the
 * engine wraps listener exceptions, and Camunda's REST layer reports any wrapped engine exception as a server
 * error); and every missing authorization is logged with the user before Camunda answers 403.
 */
@Configuration
class EngineRestConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineRestConfiguration.class);
    private static final String SERIALIZATION_REFUSED =
            "Java-serialized values are not accepted; send the value as JSON.";

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(RefusedDecisionMapper.class);
                register(AuditedAuthorizationMapper.class);
            }
        };
    }

    @Priority(1)
    public static class RefusedDecisionMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof FormFieldValidationException refusal) {
                    return badRequest(refusal.getMessage());
                }
                // ENGINE-17007: a Java-serialized value, refused by the engine (it is the client's request that
                // is wrong, not the server).
                if (t instanceof ProcessEngineException refused && refused.getMessage() != null
                        && refused.getMessage().contains("ENGINE-17007")) {
                    log.warn("Refused a Java-serialized variable: {}", refused.getMessage());
                    return badRequest(SERIALIZATION_REFUSED);
                }
            }
            return camundaDefault.toResponse(exception);
        }

        static Response badRequest(String message) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InvalidRequestException", "message", message, "code", 0))
                    .build();
        }
    }

    /**
     * Camunda's answers to engine exceptions, with a missing authorization logged (who tried what) before the 403,
     * and a refused Java-serialized value answered 400.
     */
    @Priority(1)
    public static class AuditedAuthorizationMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            if (exception instanceof AuthorizationException refused) {
                log.warn("Refused on /engine-rest: user {}: {}", refused.getUserId(), refused.getMessage());
            } else if (exception.getMessage() != null && exception.getMessage().contains("ENGINE-17007")) {
                log.warn("Refused a Java-serialized variable: {}", exception.getMessage());
                return RefusedDecisionMapper.badRequest(SERIALIZATION_REFUSED);
            }
            return camundaDefault.toResponse(exception);
        }
    }
}
