package com.merchantonboarding.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What templates can use: {@code reference}, {@code status}, {@code revision}, {@code items} (each with
 * {@code label}, {@code requirement}, {@code code}, {@code reason}), {@code respondBy}, {@code message},
 * {@code reasons} ({@code code}, {@code reason}), {@code paymentLink}, {@code providers} (their labels), {@code dueDate},
 * {@code kind} and {@code kindLabel} (payment problems), {@code providerReference}, {@code zone} and {@code tasklistUrl};
 * for a mail about the account's security {@code failures}, {@code latest} and {@code keyPrefix}; for an answer
 * {@code question}, {@code questionAbout} (the label of the requested item it was about, or null) and
 * {@code answer}. Times are in the configured time zone.
 */
final class MailVariables {

    private MailVariables() {
    }

    static Map<String, Object> of(MailContent content, Locale locale, MailTemplates templates,
                                  NotificationProperties properties) {
        ZoneId zone = properties.timeZone();
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", content.reference());
        variables.put("status", content.status());
        variables.put("revision", content.revision());
        variables.put("items", content.items() == null ? List.of() : content.items().stream()
                .map(item -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("label", templates.label(item.requirement(), locale));
                    m.put("requirement", item.requirement());
                    m.put("code", item.code());
                    m.put("reason", item.reason());
                    return m;
                })
                .toList());
        variables.put("respondBy", zoned(content.respondBy(), zone));
        variables.put("message", content.message());
        variables.put("reasons", content.reasons() == null ? List.of() : content.reasons().stream()
                .map(r -> Map.of("code", r.code(), "reason", r.reason()))
                .toList());
        variables.put("paymentLink", content.paymentLink());
        variables.put("providers", content.providers() == null ? List.of() : content.providers().stream()
                .map(provider -> templates.label("walletProviders." + provider, locale))
                .toList());
        variables.put("dueDate", zoned(content.dueDate(), zone));
        variables.put("kind", content.kind());
        variables.put("kindLabel", content.kind() == null ? null : templates.label("paymentIssueKinds." + content.kind(),
                locale));
        variables.put("providerReference", content.providerReference());
        variables.put("zone", zone.getId());
        variables.put("tasklistUrl", properties.tasklistUrl());
        MailContent.Security security = content.security();
        variables.put("failures", security == null ? null : security.failures());
        variables.put("latest", security == null ? null : zoned(security.latest(), zone));
        variables.put("keyPrefix", security == null ? null : security.keyPrefix());
        variables.put("question", content.question());
        variables.put("questionAbout", templates.label(content.questionAbout(), locale));
        variables.put("answer", content.answer());
        return variables;
    }

    private static ZonedDateTime zoned(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }
}
