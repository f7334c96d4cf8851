package com.merchantonboarding.policy;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.documents.DocumentEvidence;
import com.merchantonboarding.screening.RuleBaseLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Reads the analysts' scenario files under {@code scenarios/}: {@code base.yaml} holds the complete, valid
 * application every scenario starts from; every other {@code *.yaml} holds a list of scenarios, each naming
 * only what it changes. Every problem of every file is reported together, with its file and scenario.
 *
 * <p>Values are read as text (a YAML {@code 0742} stays the category code "0742", a country {@code NO} stays
 * Norway) and converted to the fields' types afterwards; unknown field names are problems, not ignored.
 */
final class ScenarioFiles {

    static final String BASE = RuleBaseLoader.SCENARIOS + "base.yaml";

    private static final Set<String> SCENARIO_KEYS = Set.of("name", "description", "application", "documents", "expect");

    /** The scenarios read, and every problem found (empty when all files are fine). */
    record Parsed(List<Scenario> scenarios, List<String> problems) {

        Parsed {
            scenarios = List.copyOf(scenarios);
            problems = List.copyOf(problems);
        }
    }

    private ScenarioFiles() {
    }

    /** Reads the scenario files among {@code files} (paths relative to the rules folder). */
    static Parsed parse(SortedMap<String, byte[]> files) {
        List<String> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        byte[] baseBytes = files.get(BASE);
        if (baseBytes == null) {
            problems.add(BASE + ": missing (the complete application every scenario starts from)");
            return new Parsed(scenarios, problems);
        }
        Base base = base(baseBytes, problems);
        if (base == null) {
            return new Parsed(scenarios, problems);
        }
        Set<String> names = new HashSet<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(RuleBaseLoader.SCENARIOS) && !path.equals(BASE)
                    && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
                scenarios.addAll(file(path, bytes, base, names, problems));
            }
        });
        return new Parsed(scenarios, problems);
    }

    /** The base application and documents, as maps, so scenarios can change single fields. */
    private record Base(Map<String, Object> application, Map<String, List<Map<String, Object>>> documents) {
    }

    private static Base base(byte[] bytes, List<String> problems) {
        int before = problems.size();
        Object document = ScenarioYaml.load(BASE, bytes, problems);
        Map<String, Object> root = problems.size() > before ? null : ScenarioYaml.asMap(document, BASE, "the file", problems);
        if (root == null) {
            return null;
        }
        ScenarioYaml.unknownKeys(root, Set.of("application", "documents"), BASE, problems);
        Map<String, Object> application = ScenarioYaml.asMap(root.get("application"), BASE, "application", problems);
        Map<String, List<Map<String, Object>>> documents = new LinkedHashMap<>();
        ScenarioDocuments.readByType(root.get("documents"), documents, BASE, problems);
        if (application != null) {
            toApplication(application, BASE, problems);
        }
        return problems.size() > before ? null : new Base(application, documents);
    }

    private static List<Scenario> file(String path, byte[] bytes, Base base, Set<String> names, List<String> problems) {
        int before = problems.size();
        Object document = ScenarioYaml.load(path, bytes, problems);
        if (problems.size() > before) {
            return List.of();
        }
        Map<String, Object> root = ScenarioYaml.asMap(document, path, "the file", problems);
        if (root == null) {
            return List.of();
        }
        ScenarioYaml.unknownKeys(root, Set.of("scenarios"), path, problems);
        if (!(root.get("scenarios") instanceof List<?> list)) {
            problems.add(path + ": no list 'scenarios:'");
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = path + ", scenario " + (i + 1);
            Map<String, Object> entry = ScenarioYaml.asMap(list.get(i), path, "scenario " + (i + 1), problems);
            if (entry == null) {
                continue;
            }
            Object name = entry.get("name");
            if (name == null || name.toString().isBlank()) {
                problems.add(where + ": no name");
                continue;
            }
            where = path + ", scenario \"" + name + "\"";
            if (!names.add(name.toString().strip())) {
                problems.add(where + " has the name of another scenario");
                continue;
            }
            Scenario scenario = scenario(path, where, name.toString().strip(), entry, base, problems);
            if (scenario != null) {
                scenarios.add(scenario);
            }
        }
        return scenarios;
    }

    private static Scenario scenario(String path, String where, String name, Map<String, Object> entry, Base base,
            List<String> problems) {
        int before = problems.size();
        ScenarioYaml.unknownKeys(entry, SCENARIO_KEYS, where, problems);
        Map<String, Object> application = base.application();
        if (entry.get("application") != null) {
            Map<String, Object> changes = ScenarioYaml.asMap(entry.get("application"), where, "application", problems);
            if (changes != null) {
                application = ScenarioYaml.merge(application, changes);
            }
        }
        ApplicationData data = toApplication(application, where, problems);
        List<DocumentEvidence> documents = ScenarioDocuments.documents(entry.get("documents"), base.documents(), where,
                problems);
        Expectation expect = ScenarioExpectations.expectation(entry.get("expect"), where, problems);
        Object description = entry.get("description");
        if (problems.size() > before) {
            return null;
        }
        return new Scenario(name, path, description == null ? null : description.toString().strip(), data, documents,
                expect);
    }

    // --- the application ---------------------------------------------------------------------------------

    private static ApplicationData toApplication(Map<String, Object> fields, String where, List<String> problems) {
        return ScenarioYaml.convert(fields, ApplicationData.class, where, "application", problems);
    }
}
