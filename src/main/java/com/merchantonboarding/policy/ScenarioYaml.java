package com.merchantonboarding.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * How scenario files are read: YAML with safe types only and every plain value as text, maps merged field by
 * field, and values converted to their Java types with a message an analyst can act on.
 */
final class ScenarioYaml {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ScenarioYaml() {
    }

    /** Changes applied to the base: a value replaces, a nested block changes field by field, null removes. */
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        changes.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else if (value instanceof Map<?, ?> nested && merged.get(key) instanceof Map<?, ?> original) {
                merged.put(key, merge(cast(original), cast(nested)));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    /** Converts read values to {@code type}; on failure adds {@code where: what <the field and why>} and returns null. */
    static <T> T convert(Map<String, Object> fields, Class<T> type, String where, String what, List<String> problems) {
        try {
            return JSON.convertValue(fields, type);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + what + " " + describe(e));
            return null;
        }
    }

    static Object load(String path, byte[] bytes, List<String> problems) {
        try {
            return yaml().load(new String(bytes, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            problems.add(path + ": not valid YAML: " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
            return null;
        }
    }

    /** Safe types only (maps, lists, text), and every plain value read as text but for {@code ~}/{@code null}. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new TextResolver());
    }

    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null); // "legalName:" with nothing after it
        }
    }

    static Map<String, Object> asMap(Object value, String where, String what, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            return cast(map);
        }
        problems.add(where + ": " + what + (value == null ? " is missing" : " must be a map of 'name: value' lines"));
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<Object, Object>) map).forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    static void unknownKeys(Map<String, Object> map, Set<String> known, String where, List<String> problems) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                problems.add(where + ": unknown key '" + key + "' (known: " + known.stream().sorted()
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /** A Jackson conversion error as an analyst can read it: which field, what was wrong. */
    private static String describe(IllegalArgumentException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return "has an unknown field '" + path(unknown) + "' (known: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (e.getCause() instanceof InvalidFormatException format) {
            Class<?> type = format.getTargetType();
            String allowed = type.isEnum()
                    ? "one of " + Arrays.toString(type.getEnumConstants())
                    : "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
            return "field '" + path(format) + "': '" + format.getValue() + "' is not " + allowed;
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            String message = mapping.getOriginalMessage().lines().findFirst().orElse("");
            return "field '" + path(mapping) + "': " + message;
        }
        return e.getMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
