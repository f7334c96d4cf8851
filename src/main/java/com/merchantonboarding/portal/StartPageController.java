package com.merchantonboarding.portal;

import static com.merchantonboarding.process.ProcessConstants.GROUP_ANALYSTS;
import static com.merchantonboarding.process.ProcessConstants.GROUP_LEADS;
import static com.merchantonboarding.process.ProcessConstants.GROUP_OFFICERS;

import com.merchantonboarding.application.WalletProperties;
import com.merchantonboarding.process.DemoUsers;
import com.merchantonboarding.process.IdentityProperties;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page at {@code /}: where merchants, officers, analysts and programs go, and, in the demo profile only,
 * the demo users and their password.
 */
@Controller
class StartPageController {

    static final String DEMO_PROFILE = "demo";

    /** The demo users of one role; {@code name} names the role's text ({@code start.demo.role.<name>}). */
    record Role(String name, List<String> users) {
    }

    record Demo(String password, List<Role> roles, boolean fixedDeposits) {
    }

    private final Environment environment;
    private final IdentityProperties identity;
    private final CamundaBpmProperties camunda;
    private final WalletProperties wallet;

    StartPageController(Environment environment, IdentityProperties identity, CamundaBpmProperties camunda,
                        WalletProperties wallet) {
        this.environment = environment;
        this.identity = identity;
        this.camunda = camunda;
        this.wallet = wallet;
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("demo", demo());
        return "portal/start";
    }

    /** Null unless the demo profile is active and created the demo users. */
    private Demo demo() {
        if (!environment.acceptsProfiles(Profiles.of(DEMO_PROFILE)) || !identity.demoUsers()) {
            return null;
        }
        List<Role> roles = new ArrayList<>();
        var admin = camunda.getAdminUser();
        // The administrator has the demo password only when CAMUNDA_ADMIN_PASSWORD did not give it another.
        if (admin != null && admin.getId() != null && identity.demoPassword().equals(admin.getPassword())) {
            roles.add(new Role("admin", List.of(admin.getId())));
        }
        roles.add(new Role("officers", usersOnlyIn(GROUP_OFFICERS)));
        roles.add(new Role("leads", usersIn(GROUP_LEADS)));
        roles.add(new Role("analysts", usersIn(GROUP_ANALYSTS)));
        return new Demo(identity.demoPassword(), roles, wallet.fixedDepositAmounts());
    }

    private static List<String> usersIn(String group) {
        return DemoUsers.ALL.stream().filter(u -> u.groups().contains(group)).map(DemoUsers.DemoUser::id).toList();
    }

    private static List<String> usersOnlyIn(String group) {
        return DemoUsers.ALL.stream().filter(u -> u.groups().equals(List.of(group))).map(DemoUsers.DemoUser::id)
                .toList();
    }
}
