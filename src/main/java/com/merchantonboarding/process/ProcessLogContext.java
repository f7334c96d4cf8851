package com.merchantonboarding.process;

import com.merchantonboarding.application.ApplicationReferences;
import com.merchantonboarding.common.LogContext;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every delegate, listener and expression of the onboarding process runs with its application in the logging context
 * ({@link LogContext}): the engine calls all of them through its delegate interceptor, which this plugin wraps, so no
 * delegate sets or clears anything itself. Camunda adds {@code processInstanceId} and {@code activityId} on its own.
 */
@Component
class ProcessLogContext extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ApplicationReferences> references;

    ProcessLogContext(ObjectProvider<ApplicationReferences> references) {
        this.references = references;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DelegateInterceptor engine = configuration.getDelegateInterceptor() != null
                ? configuration.getDelegateInterceptor() : new DefaultDelegateInterceptor();
        configuration.setDelegateInterceptor(invocation -> {
            try (LogContext.Scope ignored = open(invocation)) {
                engine.handleInvocation(invocation);
            }
        });
    }

    private LogContext.Scope open(DelegateInvocation invocation) {
        if (!(invocation.getContextExecution() instanceof DelegateExecution execution)
                || !(execution.getVariable(ProcessConstants.VAR_APPLICATION_ID) instanceof String id)) {
            return LogContext.unchanged();
        }
        UUID applicationId;
        try {
            applicationId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return LogContext.unchanged();
        }
        Integer revision = execution.getVariable(ProcessConstants.VAR_REVISION) instanceof Number n ? n.intValue() : null;
        return LogContext.open(applicationId, references.getObject().reference(applicationId).orElse(null), revision);
    }
}
