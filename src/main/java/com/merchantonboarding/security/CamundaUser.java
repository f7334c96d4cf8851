package com.merchantonboarding.security;

import java.util.List;

/**
 * A Camunda user calling a back-office endpoint, and how they proved it.
 *
 * @param groupIds the Camunda groups the user is a member of
 */
public record CamundaUser(String userId, List<String> groupIds, Login login) {

    /** How the user authenticated. */
    public enum Login {
        /** The Camunda webapps' session (Tasklist, Cockpit): a browser, so modifying calls need the CSRF token. */
        WEBAPP_SESSION,
        /** HTTP Basic checked against Camunda's identity service: a script, not CSRF-prone. */
        HTTP_BASIC
    }

    public CamundaUser {
        groupIds = List.copyOf(groupIds);
    }

    @Override
    public String toString() {
        return userId;
    }
}
