package com.merchantonboarding.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.process.ProcessConstants;
import com.merchantonboarding.security.CamundaUser;
import com.merchantonboarding.security.CamundaUserFilter;
import java.util.Set;

/**
 * Lets a back-office request through only for a user logged into the Camunda webapps (the Tasklist session, no
 * second login) who is an officer, a lead or an administrator. HTTP Basic is not accepted here. How the login
 * is read (and the CSRF token checked on modifying calls) is {@link CamundaUserFilter}'s.
 */
class TasklistAuthenticationFilter extends CamundaUserFilter {

    /** Where the Camunda webapps keep their login ({@code AuthenticationUtil.CAM_AUTH_SESSION_KEY}). */
    static final String SESSION_ATTRIBUTE = CamundaUserFilter.SESSION_ATTRIBUTE;
    static final Set<String> ALLOWED_GROUPS = Set.of(ProcessConstants.GROUP_OFFICERS, ProcessConstants.GROUP_LEADS,
            ProcessConstants.GROUP_ADMINS);

    TasklistAuthenticationFilter(String engineName, ObjectMapper json) {
        super(engineName, new Access(ALLOWED_GROUPS, null,
                "Log in to Camunda Tasklist first; the back office uses the same login.",
                "Only compliance officers, compliance leads and administrators may read application dossiers."), json);
    }

    @Override
    protected Object principal(CamundaUser user) {
        return new BackOfficeUser(user.userId(), user.groupIds());
    }
}
