package com.merchantonboarding.process;

import static com.merchantonboarding.process.ProcessConstants.*;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of spec/process.md and their rights at every start (idempotently), and the demo
 * users in the demo profile.
 */
@Component
class CamundaIdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySetup.class);

    private static final Map<String, String> GROUPS = Map.of(
            GROUP_OFFICERS, "Compliance officers",
            GROUP_LEADS, "Compliance leads",
            GROUP_ANALYSTS, "Business analysts",
            GROUP_ADMINS, "Camunda administrators",
            GROUP_OPERATORS, "Operators",
            GROUP_INSPECTION_WORKERS, "Inspection workers (technical)",
            GROUP_PAYMENT_SUPPORT, "Payment support");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final IdentityProperties properties;
    private final InspectionWorkerProperties worker;

    CamundaIdentitySetup(IdentityService identity, AuthorizationService authorizations,
                         IdentityProperties properties, InspectionWorkerProperties worker) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.properties = properties;
        this.worker = worker;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void setUp() {
        GROUPS.forEach(this::ensureGroup);
        grantGroupRights();
        if (worker.enabled()) {
            ensureWorkerUser();
        }
        if (properties.demoUsers()) {
            DemoUsers.ALL.forEach(this::ensureDemoUser);
            log.info("Demo users ready: admin, olivia, oscar, liam, lena, ana, paula (password {}).",
                    properties.demoPassword());
        }
    }

    private void grantGroupRights() {
        // Filters are granted one by one to the groups they are for (review/TasklistFilters);
        // an earlier version granted all filters to every reviewer.
        for (String group : List.of(GROUP_OFFICERS, GROUP_LEADS)) {
            Authorization all = authorizations.createAuthorizationQuery().groupIdIn(group)
                    .resourceType(Resources.FILTER).resourceId("*").singleResult();
            if (all != null) {
                authorizations.deleteAuthorization(all.getId());
            }
        }
        for (String group : List.of(GROUP_OFFICERS, GROUP_LEADS)) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        }
        // Payment problems (bpmn/payment-issue.bpmn): support works them in Tasklist; leads take overdue ones.
        grant(GROUP_PAYMENT_SUPPORT, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        for (String group : List.of(GROUP_PAYMENT_SUPPORT, GROUP_LEADS)) {
            grant(group, Resources.PROCESS_DEFINITION, PAYMENT_ISSUE_PROCESS_KEY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        }
        grant(GROUP_PAYMENT_SUPPORT, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(GROUP_ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(GROUP_ANALYSTS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        grant(GROUP_ANALYSTS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(GROUP_ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(GROUP_ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(GROUP_ADMINS, Resources.APPLICATION, "*", Permissions.ALL);
        // The inspection workers fetch and lock (READ_INSTANCE and UPDATE_INSTANCE), complete, fail and extend the
        // locks of (UPDATE_INSTANCE) the process's external tasks. No task right (they cannot complete a review),
        // no webapp; security/EngineRestScope keeps them to the external-task resource of /engine-rest as well.
        grant(GROUP_INSPECTION_WORKERS, Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE);
        // The rights the analysts' deployment path runs with (processmodel/ProcessModels): a group nobody is a member
        // of, added to the analyst's groups only inside that path, after its checks.
        grant(GROUP_MODEL_DEPLOYERS, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
        grant(GROUP_MODEL_DEPLOYERS, Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.MIGRATE_INSTANCE);
        grant(GROUP_MODEL_DEPLOYERS, Resources.BATCH, "*", BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
    }

    /** One authorization row per group, resource and id: permissions are added to an existing row. */
    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            auth.setGroupId(group);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!auth.isPermissionGranted(permission)) {
                auth.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(auth);
        }
    }

    /**
     * The worker's user, with the password of this node's settings (set again at every start, so a changed secret
     * takes effect; every node running a worker must have the same one).
     */
    private void ensureWorkerUser() {
        User user = identity.createUserQuery().userId(worker.user()).singleResult();
        if (user == null) {
            user = identity.newUser(worker.user());
            user.setFirstName("Inspection");
            user.setLastName("Worker");
            log.info("Created the inspection workers' user {}", worker.user());
        }
        // Never a person's account: its password would be overwritten and its rights given to every worker.
        List<String> otherGroups = identity.createGroupQuery().groupMember(worker.user()).list().stream()
                .map(Group::getId).filter(g -> !g.equals(GROUP_INSPECTION_WORKERS)).toList();
        if (!otherGroups.isEmpty()) {
            throw new IllegalStateException("INSPECTION_WORKER_USER (onboarding.worker.user) names " + worker.user()
                    + ", a user of " + otherGroups + ": the inspection worker needs a user of its own.");
        }
        user.setPassword(worker.password());
        try {
            identity.saveUser(user);
        } catch (ProcessEngineException e) {
            throw new IllegalStateException("The inspection worker's user " + worker.user() + " cannot be saved with "
                    + "INSPECTION_WORKER_PASSWORD (onboarding.worker.password): " + e.getMessage() + ". It needs 10 or "
                    + "more characters with upper and lower case, a digit and a symbol, and nothing of the user's "
                    + "names (Inspection, Worker).", e);
        }
        if (identity.createUserQuery().userId(worker.user()).memberOfGroup(GROUP_INSPECTION_WORKERS).count() == 0) {
            identity.createMembership(worker.user(), GROUP_INSPECTION_WORKERS);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
            log.info("Created group {}", id);
        }
    }

    private void ensureDemoUser(DemoUsers.DemoUser demo) {
        if (identity.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@onboarding.demo");
            user.setPassword(properties.demoPassword());
            identity.saveUser(user);
        }
        for (String group : demo.groups()) {
            if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                identity.createMembership(demo.id(), group);
            }
        }
    }
}
