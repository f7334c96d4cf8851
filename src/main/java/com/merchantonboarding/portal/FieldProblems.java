package com.merchantonboarding.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Validation messages by field path ({@code contact.email}, {@code beneficialOwners[0].ownershipPercent}), in the
 * page's language: the Bean Validation codes of the API's own constraints, resolved through the portal's texts.
 */
final class FieldProblems {

    private final Map<String, List<String>> byPath;

    private FieldProblems(Map<String, List<String>> byPath) {
        this.byPath = byPath;
    }

    static FieldProblems none() {
        return new FieldProblems(Map.of());
    }

    static FieldProblems of(MessageSource messages, Locale locale, Errors... errors) {
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        for (Errors e : errors) {
            for (FieldError error : e.getFieldErrors()) {
                String message = messages.getMessage(error, locale);
                List<String> list = byPath.computeIfAbsent(error.getField(), k -> new ArrayList<>());
                if (!list.contains(message)) {
                    list.add(message);
                }
            }
        }
        return new FieldProblems(byPath);
    }

    public List<String> of(String path) {
        return byPath.getOrDefault(path, List.of());
    }

    public boolean has(String path) {
        return byPath.containsKey(path);
    }

    public boolean any() {
        return !byPath.isEmpty();
    }

    public Map<String, List<String>> all() {
        return byPath;
    }

    /** One refused value, for the summary at the top of a form. */
    record Problem(String path, String labelKey, String message) {
    }

    public List<Problem> list() {
        List<Problem> list = new ArrayList<>();
        byPath.forEach((path, messages) -> messages.forEach(m -> list.add(new Problem(path, labelKey(path), m))));
        return list;
    }

    /** {@code beneficialOwners[0].fullName} is labelled by {@code field.beneficialOwners.fullName}. */
    static String labelKey(String path) {
        return "field." + path.replaceAll("\\[\\d+]", "");
    }
}
