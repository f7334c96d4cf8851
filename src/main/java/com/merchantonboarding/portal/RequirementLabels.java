package com.merchantonboarding.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a merchant reads for a requirement ({@code bankAccount.holderName}, {@code documents.BUSINESS_LICENSE}): the
 * label of its field in the portal and the portal step it is on, from the portal's own texts (the same message keys,
 * so an officer who asks for a field names it as the merchant sees it). A field inside a group is named with its
 * group ("Bank account: Account holder") unless its label already says it ("Contact email").
 */
@Component
public class RequirementLabels {

    /** {@code step}: the step's number (1 to 5), {@code stepLabel} its title ("1. Business"). */
    public record Label(String requirement, String label, int step, String stepLabel) {
    }

    private final MessageSource messages;

    RequirementLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The labels of these requirements, in the portal's order of steps (the given order within a step). */
    public List<Label> of(List<String> requirements, Locale locale) {
        return requirements.stream()
                .map(r -> label(r, locale))
                .sorted(Comparator.comparingInt(Label::step))
                .toList();
    }

    Label label(String requirement, Locale locale) {
        String label = text(FieldProblems.labelKey(requirement), requirement, locale);
        int dot = requirement.indexOf('.');
        if (dot > 0 && !requirement.startsWith("documents.")) {
            String group = text(FieldProblems.labelKey(requirement.substring(0, dot)), null, locale);
            if (group != null && !label.toLowerCase(locale).contains(group.toLowerCase(locale))) {
                label = group + ": " + label;
            }
        }
        Step step = Step.owning(requirement).orElse(null);
        if (step == null) {
            return new Label(requirement, label, Step.values().length + 1, "");
        }
        return new Label(requirement, label, step.number(),
                step.number() + ". " + text("step." + step.slug(), step.slug(), locale));
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
