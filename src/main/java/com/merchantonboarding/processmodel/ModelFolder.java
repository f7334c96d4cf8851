package com.merchantonboarding.processmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** The analysts' process folder as read at one moment: the model, its migration mappings, its scenarios. */
record ModelFolder(String location, byte[] model, Map<String, String> mappings, Map<String, byte[]> scenarioFiles) {

    static final String MODEL = "merchant-onboarding.bpmn";
    static final String MAPPINGS = "merchant-onboarding.migration.yaml";

    /** Reads the folder at {@code location} ({@code classpath:bpmn/} or a folder on disk). */
    static ModelFolder read(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        String root = base.startsWith("classpath:") ? "classpath*:" + base.substring("classpath:".length())
                : base.startsWith("file:") ? base : "file:" + base;
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Resource model = first(resolver.getResources(root + MODEL));
            if (model == null) {
                throw new ModelProblem(MODEL, "The model " + MODEL + " is not in " + location);
            }
            Resource mappings = first(resolver.getResources(root + MAPPINGS));
            Map<String, byte[]> scenarios = new TreeMap<>();
            for (Resource scenario : resolver.getResources(root + "scenarios/*.yaml")) {
                scenarios.put("scenarios/" + scenario.getFilename(), bytes(scenario));
            }
            return new ModelFolder(location, bytes(model),
                    mappings == null ? Map.of() : mappings(bytes(mappings)), scenarios);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the process folder " + location, e);
        }
    }

    /**
     * Renamed elements: {@code renamed: {OldId: NewId}}. Elements with the same id in both versions are mapped
     * without being listed.
     */
    static Map<String, String> mappings(byte[] yaml) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(yaml, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new ModelProblem(MAPPINGS, "Not valid YAML: " + e.getMessage());
        }
        Map<String, String> result = new LinkedHashMap<>();
        if (loaded == null) {
            return result;
        }
        if (!(loaded instanceof Map<?, ?> top) || !(top.get("renamed") == null || top.get("renamed") instanceof Map)) {
            throw new ModelProblem(MAPPINGS, "Expected 'renamed:' with lines 'OldId: NewId'");
        }
        Object renamed = top.get("renamed");
        if (renamed instanceof Map<?, ?> pairs) {
            pairs.forEach((from, to) -> result.put(String.valueOf(from), String.valueOf(to)));
        }
        return result;
    }

    List<String> scenarioNames() {
        return new ArrayList<>(scenarioFiles.keySet());
    }

    private static Resource first(Resource[] resources) {
        for (Resource resource : resources) {
            if (resource.exists()) {
                return resource;
            }
        }
        return null;
    }

    private static byte[] bytes(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
