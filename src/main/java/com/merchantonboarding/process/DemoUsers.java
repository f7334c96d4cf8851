package com.merchantonboarding.process;

import static com.merchantonboarding.process.ProcessConstants.GROUP_ANALYSTS;
import static com.merchantonboarding.process.ProcessConstants.GROUP_LEADS;
import static com.merchantonboarding.process.ProcessConstants.GROUP_OFFICERS;

import java.util.List;

/** The demo users of spec/process.md (besides the administrator), created only in the demo profile. */
public final class DemoUsers {

    public record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("olivia", "Olivia", "Officer", List.of(GROUP_OFFICERS)),
            new DemoUser("oscar", "Oscar", "Officer", List.of(GROUP_OFFICERS)),
            new DemoUser("liam", "Liam", "Lead", List.of(GROUP_OFFICERS, GROUP_LEADS)),
            new DemoUser("lena", "Lena", "Lead", List.of(GROUP_OFFICERS, GROUP_LEADS)),
            new DemoUser("ana", "Ana", "Analyst", List.of(GROUP_ANALYSTS)),
            new DemoUser("paula", "Paula", "Support", List.of(ProcessConstants.GROUP_PAYMENT_SUPPORT)));

    private DemoUsers() {
    }
}
