package com.merchantonboarding.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;

/**
 * Camunda's HTTP Basic authentication of {@code /engine-rest}, remembering an accepted credential with the user's
 * groups and tenants for a short time ({@link EngineRestCredentials}), so a worker's frequent calls do not each
 * check the password and read the memberships again. What is checked is what Camunda checks; a credential it has
 * not accepted is never remembered.
 */
public class RememberingBasicAuthentication extends HttpBasicAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Optional<EngineRestCredentials.Basic> basic =
                EngineRestCredentials.Basic.of(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (basic.isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        Optional<EngineRestCredentials.Accepted> remembered = EngineRestCredentials.accepted(basic.get());
        if (remembered.isPresent()) {
            return result(remembered.get());
        }
        AuthenticationResult checked = super.extractAuthenticatedUser(request, engine);
        if (!checked.isAuthenticated()) {
            return checked;
        }
        IdentityService identity = engine.getIdentityService();
        String user = checked.getAuthenticatedUser();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return result(EngineRestCredentials.remember(basic.get(), groups, tenants));
    }

    private static AuthenticationResult result(EngineRestCredentials.Accepted accepted) {
        AuthenticationResult result = AuthenticationResult.successful(accepted.user());
        result.setGroups(accepted.groups());
        result.setTenants(accepted.tenants());
        return result;
    }
}
