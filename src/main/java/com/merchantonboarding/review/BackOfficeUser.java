package com.merchantonboarding.review;

import java.util.List;

/** A Camunda webapp user reading the back office: the login of their Tasklist session and its groups. */
record BackOfficeUser(String userId, List<String> groupIds) {

    BackOfficeUser {
        groupIds = List.copyOf(groupIds);
    }

    @Override
    public String toString() {
        return userId;
    }
}
