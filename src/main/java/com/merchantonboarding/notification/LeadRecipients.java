package com.merchantonboarding.notification;

import com.merchantonboarding.process.ProcessConstants;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The compliance leads' mail addresses, from Camunda's users (leads without an address are skipped). */
@Component
class LeadRecipients {

    private final IdentityService identity;

    LeadRecipients(IdentityService identity) {
        this.identity = identity;
    }

    List<String> emails() {
        return identity.createUserQuery().memberOfGroup(ProcessConstants.GROUP_LEADS).list().stream()
                .map(User::getEmail)
                .filter(email -> email != null && !email.isBlank())
                .map(email -> email.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
    }
}
