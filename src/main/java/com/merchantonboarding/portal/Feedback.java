package com.merchantonboarding.portal;

import com.merchantonboarding.application.ApplicationView.RequirementError;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the merchant is asked to change, item by item, and which due items were changed since the request: a
 * field whose value differs from the submitted revision, a document of that type uploaded after it. Resubmitting
 * in the portal waits until every due item was touched.
 *
 * @param errors    the requirement errors of the view, in its order
 * @param respondBy the deadline, or null
 * @param message   the officer's overall message, or null
 * @param touched   the due requirements changed since the request
 */
record Feedback(List<RequirementError> errors, Instant respondBy, String message, Set<String> touched) {

    static final Feedback NONE = new Feedback(List.of(), null, null, Set.of());

    /** The due requirements, each once, in the order of the errors. */
    public Set<String> due() {
        Set<String> due = new LinkedHashSet<>();
        errors.stream().map(RequirementError::requirement).filter(r -> r != null).forEach(due::add);
        return due;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    /** The requirement errors shown at this field (or document) itself. */
    public List<RequirementError> at(String path) {
        return errors.stream().filter(e -> path.equals(e.requirement())).toList();
    }

    public List<RequirementError> of(Step step) {
        return errors.stream().filter(e -> step.owns(e.requirement())).toList();
    }

    /** Errors that belong to no step (no requirement named): shown on the overview. */
    public List<RequirementError> general() {
        return errors.stream().filter(e -> Step.owning(e.requirement()).isEmpty()).toList();
    }

    /** The message key naming a requirement's field or document. */
    public String labelKey(String requirement) {
        return FieldProblems.labelKey(requirement);
    }

    public boolean isTouched(String requirement) {
        return touched.contains(requirement);
    }

    public List<String> untouched() {
        return due().stream().filter(r -> !touched.contains(r)).toList();
    }

    public boolean allTouched() {
        return untouched().isEmpty();
    }

    /** The due items of each step, for the step list. */
    public Map<Step, List<String>> dueBySteps() {
        Map<Step, List<String>> bySteps = new LinkedHashMap<>();
        for (Step step : Step.values()) {
            List<String> due = due().stream().filter(step::owns).toList();
            if (!due.isEmpty()) {
                bySteps.put(step, due);
            }
        }
        return bySteps;
    }
}
