package com.merchantonboarding.review;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Controls that are part of the engine, not settings (docs/security.md): they cannot be switched off by a property
 * or a variable.
 *
 * <ul>
 *   <li>A candidate or assignee gets {@code TASK_WORK} on a task (claim, complete, comment), not Camunda's default
 *       {@code UPDATE}, which would let them set variables, add identity links and delegate.</li>
 *   <li>Every completion passes {@link TaskCompletionGuard}.</li>
 *   <li>Java-serialized variables stay refused.</li>
 *   <li>Camunda's login delay stays, but a user is never locked for good: its default locks an account after ten
 *       failures until an administrator unlocks it, so anyone who knows a name (admin) could keep its owner out.
 *       The delay starts at {@value #LOGIN_DELAY_BASE_SECONDS} s and doubles up to {@value #LOGIN_DELAY_MAX_SECONDS} s
 *       instead; while it lasts, a login answers 429 with Retry-After ({@code security/CamundaLoginDelayFilter}).</li>
 * </ul>
 */
@Component
class EngineControls extends AbstractProcessEnginePlugin {

    static final int LOGIN_DELAY_BASE_SECONDS = 3;
    static final int LOGIN_DELAY_FACTOR = 2;
    static final int LOGIN_DELAY_MAX_SECONDS = 60;
    private static final Logger log = LoggerFactory.getLogger(EngineControls.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        configuration.setTaskService(new GuardedTaskService());
        configuration.setFormService(new GuardedFormService());
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(LOGIN_DELAY_BASE_SECONDS);
        configuration.setLoginDelayFactor(LOGIN_DELAY_FACTOR);
        configuration.setLoginDelayMaxTime(LOGIN_DELAY_MAX_SECONDS);
    }

    /** Settings applied after this plugin (generic properties) must not undo the controls: the start fails. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getDefaultUserPermissionForTask() != Permissions.TASK_WORK
                || !(configuration.getTaskService() instanceof GuardedTaskService)
                || !(configuration.getFormService() instanceof GuardedFormService)
                || configuration.isJavaSerializationFormatEnabled()) {
            throw new IllegalStateException("A setting undoes the review controls (default task permission "
                    + configuration.getDefaultUserPermissionNameForTask() + "); remove it (docs/security.md).");
        }
    }

    /**
     * Tasks created before this control gave their candidates {@code UPDATE}: those grants become
     * {@code TASK_WORK}. Grants on all tasks ({@code *}, administrators) are left alone.
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        List<Authorization> old = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list();
        for (Authorization grant : old) {
            if (!Authorization.ANY.equals(grant.getResourceId())
                    && grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT) {
                grant.removePermission(Permissions.UPDATE);
                grant.addPermission(Permissions.TASK_WORK);
                authorizations.saveAuthorization(grant);
            }
        }
        if (!old.isEmpty()) {
            log.info("Task grants narrowed from UPDATE to TASK_WORK: {}", old.size());
        }
    }
}
