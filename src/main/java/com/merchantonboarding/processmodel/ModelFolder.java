package com.merchantonboarding.processmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

/**
 * The analysts' process folder as read at one moment: the model, its migration mappings, its scenarios, and the
 * Tasklist forms of {@code forms/} (by resource name, {@code forms/review-application.html}), which are deployed
 * with the model so that each version carries its own forms.
 */
record ModelFolder(String location, byte[] model, Map<String, String> mappings, Map<String, byte[]> scenarioFiles,
                   Map<String, byte[]> forms) {

    static final String MODEL = "merchant-onboarding.bpmn";
    static final String MAPPINGS = "merchant-onboarding.migration.yaml";
    /** The folder of the forms, and the prefix of their resource names in a deployment. */
    static final String FORMS = "forms/";

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
            Map<String, byte[]> forms = new TreeMap<>();
            for (Resource form : resolver.getResources(root + FORMS + "*.html")) {
                forms.put(FORMS + form.getFilename(), bytes(form));
            }
            return new ModelFolder(location, bytes(model),
                    mappings == null ? Map.of() : mappings(bytes(mappings)), scenarios, forms);
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

    /**
     * What a deployment of this folder holds, by resource name: the model, then the forms in name order. The names
     * stay the same from one deployment to the next, whether the folder is on disk or on the classpath.
     */
    Map<String, byte[]> resources() {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        resources.put(MODEL, model);
        resources.putAll(new TreeMap<>(forms));
        return resources;
    }

    /**
     * SHA-256 over every resource a deployment holds, names included: a changed, added, removed or renamed form
     * alone makes another version, as a changed model does.
     */
    String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            resources().forEach((name, bytes) -> {
                digest.update((name + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
