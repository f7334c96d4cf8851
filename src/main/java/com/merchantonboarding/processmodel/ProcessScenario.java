package com.merchantonboarding.processmodel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A path through the process, as an analyst writes it (bpmn/scenarios/*.yaml): what screening decides, what
 * officers decide, which messages arrive and which timers fire, and where the process must then stand.
 *
 * <pre>
 * scenario: High risk needs a second review
 * steps:
 *   - screen: REVIEW
 *     risk: HIGH
 *   - at: UserTask_ReviewApplication
 *   - complete: UserTask_ReviewApplication
 *     decision: APPROVE
 *   - at: UserTask_SecondReview
 * </pre>
 */
record ProcessScenario(String file, String name, List<Step> steps) {

    /** One line of a scenario; {@code kind} is its first key. */
    record Step(int number, String kind, String target, Map<String, String> options) {

        String describe() {
            return kind + ": " + target;
        }
    }

    static final Set<String> KINDS = Set.of("screen", "at", "complete", "message", "timer", "ended");

    static ProcessScenario parse(String file, byte[] yaml) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(yaml, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new ModelProblem(file, file + " is not valid YAML: " + e.getMessage());
        }
        if (!(loaded instanceof Map<?, ?> top) || !(top.get("steps") instanceof List<?> lines)) {
            throw new ModelProblem(file, file + ": expected 'scenario:' and a list of 'steps:'.");
        }
        List<Step> steps = new ArrayList<>();
        int number = 0;
        for (Object line : lines) {
            number++;
            if (!(line instanceof Map<?, ?> entries) || entries.isEmpty()) {
                throw new ModelProblem(file, file + ", step " + number + ": expected a step such as 'at: "
                        + "UserTask_ReviewApplication'.");
            }
            var first = entries.entrySet().iterator().next();
            String kind = String.valueOf(first.getKey());
            if (!KINDS.contains(kind)) {
                throw new ModelProblem(file, file + ", step " + number + ": '" + kind + "' is not a step; use one of "
                        + String.join(", ", KINDS.stream().sorted().toList()) + ".");
            }
            Map<String, String> options = new LinkedHashMap<>();
            entries.forEach((key, value) -> {
                if (!key.equals(first.getKey())) {
                    options.put(String.valueOf(key), String.valueOf(value));
                }
            });
            steps.add(new Step(number, kind, String.valueOf(first.getValue()), options));
        }
        Object name = top.get("scenario");
        return new ProcessScenario(file, name == null ? file : String.valueOf(name), steps);
    }
}
