package com.merchantonboarding.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresource.SpringResourceTemplateResource;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * The mail templates analysts edit: Thymeleaf TEXT templates {@code <name>.<en|zh-CN>.txt} in the folder
 * {@code onboarding.notifications.templates} (the classpath by default, or a folder on disk), and
 * {@code labels_<language>.properties} naming the fields and documents. The first line of a rendered
 * template is the subject, the rest the body. Its own engine, not Spring MVC's: web views are not touched.
 */
@Component
class MailTemplates {

    static final List<String> NAMES = List.of("changes-requested", "rejected", "approved", "live", "expired",
            OutboxRecorder.REMINDER_MAIL, OutboxRecorder.ESCALATION_MAIL, PaymentIssueNotifications.MAIL,
            OutboxRecorder.ANSWER_MAIL);
    /** Mails about a merchant's account rather than an application (no reference). */
    static final List<String> ACCOUNT_MAILS = List.of(SecurityAlerts.PORTAL_MAIL, SecurityAlerts.API_KEY_MAIL,
            SecurityAlerts.TWO_STEP_MAIL);
    static final List<String> LANGUAGES = List.of("en", "zh-CN");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ReloadableResourceBundleMessageSource labels = new ReloadableResourceBundleMessageSource();
    private final ResourceLoader resources;
    private final String folder;

    MailTemplates(NotificationProperties properties, ResourceLoader resources) {
        this.resources = resources;
        this.folder = properties.templates().endsWith("/") ? properties.templates() : properties.templates() + "/";
        long ttlMillis = properties.templatesCacheTtl().toMillis();
        ResourceTemplateResolver resolver = new ResourceTemplateResolver(resources);
        resolver.setPrefix(folder);
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(ttlMillis > 0);
        resolver.setCacheTTLMs(ttlMillis > 0 ? ttlMillis : null);
        engine.setTemplateResolver(resolver);
        labels.setBasename(folder + "labels");
        labels.setDefaultEncoding("UTF-8");
        labels.setFallbackToSystemLocale(false);
        labels.setResourceLoader(resources);
        labels.setCacheMillis(ttlMillis > 0 ? ttlMillis : 0);
        engine.setTemplateEngineMessageSource(labels);
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Mail templates are missing (onboarding.notifications.templates = "
                    + properties.templates() + "): " + missing);
        }
    }

    /** A rendered mail. */
    record Rendered(String subject, String body) {
    }

    Rendered render(String name, Locale locale, Map<String, Object> variables) {
        String text = engine.process(name + "." + language(locale), new Context(locale, variables))
                .replace("\r\n", "\n");
        int newline = text.indexOf('\n');
        String subject = (newline < 0 ? text : text.substring(0, newline)).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).stripLeading();
        if (subject.isEmpty()) {
            throw new IllegalStateException("The mail template " + name + " renders an empty first line (the subject)");
        }
        return new Rendered(subject, body.stripTrailing() + "\n");
    }

    /** The label of a field path or {@code documents.<TYPE>}, in the language; the path itself when unknown. */
    String label(String requirement, Locale locale) {
        if (requirement == null) {
            return null;
        }
        String key = requirement.replaceAll("\\[\\d+]", "");
        return labels.getMessage(key, null, requirement, locale);
    }

    /** Template files that are not in the folder (every name in both languages is needed). */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String name : Stream.concat(NAMES.stream(), ACCOUNT_MAILS.stream()).toList()) {
            for (String language : LANGUAGES) {
                String location = folder + name + "." + language + ".txt";
                if (!resources.getResource(location).exists()) {
                    missing.add(location);
                }
            }
        }
        return missing;
    }

    static String language(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    /** Resolves template names through Spring's resource loader, so classpath: and file: folders both work. */
    private static final class ResourceTemplateResolver extends AbstractConfigurableTemplateResolver {

        private final ResourceLoader resources;

        ResourceTemplateResolver(ResourceLoader resources) {
            this.resources = resources;
        }

        @Override
        protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                            String template, String resourceName,
                                                            String characterEncoding,
                                                            Map<String, Object> templateResolutionAttributes) {
            return new SpringResourceTemplateResource(resources.getResource(resourceName), characterEncoding);
        }
    }
}
