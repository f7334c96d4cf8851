package com.merchantonboarding.review;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /engine-rest as Camunda ships it, with one change: an officer's decision refused by the review
 * listeners answers 400 with the refusal, not 500 (the engine wraps listener exceptions, and Camunda's
 * REST layer reports any wrapped engine exception as a server error).
 */
@Configuration
class EngineRestConfiguration {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(RefusedDecisionMapper.class);
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
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("type", "InvalidRequestException", "message", refusal.getMessage(),
                                    "code", 0))
                            .build();
                }
            }
            return camundaDefault.toResponse(exception);
        }
    }
}
