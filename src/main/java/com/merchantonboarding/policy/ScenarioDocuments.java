package com.merchantonboarding.policy;

import com.merchantonboarding.documents.DocumentType;
import com.merchantonboarding.documents.DocumentEvidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The documents of a scenario: the base documents changed by type, or an exact list. */
final class ScenarioDocuments {

    /** What a document is unless a scenario says otherwise: a clean JPEG. */
    private static final Map<String, Object> CLEAN_DOCUMENT = Map.of("detectedMediaType", "image/jpeg",
            "typeAccepted", "true", "unreadable", "false");

    private ScenarioDocuments() {
    }

    /**
     * A scenario's {@code documents:} as a map changes the base documents by type ({@code TYPE: {fields}} changes
     * or adds one, {@code TYPE: ~} removes it); as a list it is the exact set ({@code - BUSINESS_LICENSE} or
     * {@code - {type: BUSINESS_LICENSE, editingSoftware: ...}}). Absent: the base documents.
     */
    static List<DocumentEvidence> documents(Object value, Map<String, List<Map<String, Object>>> base, String where,
            List<String> problems) {
        Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
        if (value instanceof List<?>) {
            readByType(value, byType, where, problems);
        } else {
            base.forEach((type, list) -> byType.put(type, new ArrayList<>(list)));
            if (value instanceof Map<?, ?> changes) {
                ScenarioYaml.cast(changes).forEach((type, change) -> {
                    if (change == null) {
                        byType.remove(type);
                    } else {
                        List<Map<String, Object>> original = byType.get(type);
                        Map<String, Object> onto = original == null || original.isEmpty() ? Map.of() : original.get(0);
                        List<Map<String, Object>> replaced = new ArrayList<>();
                        for (Object one : change instanceof List<?> several ? several : List.of(change)) {
                            Map<String, Object> fields = ScenarioYaml.asMap(one, where, "documents." + type, problems);
                            if (fields != null) {
                                replaced.add(ScenarioYaml.merge(onto, fields));
                            }
                        }
                        byType.put(type, replaced);
                    }
                });
            } else if (value != null) {
                problems.add(where + ": documents must be a map of changes by type or a list of documents");
            }
        }
        List<DocumentEvidence> documents = new ArrayList<>();
        byType.forEach((type, list) -> {
            for (Map<String, Object> fields : list) {
                DocumentEvidence evidence = evidence(type, fields, where, problems);
                if (evidence != null) {
                    documents.add(evidence);
                }
            }
        });
        return documents;
    }

    /** Reads {@code documents:} (map or list, as in base.yaml) into lists of field maps by type. */
    static void readByType(Object value, Map<String, List<Map<String, Object>>> byType, String where,
            List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            ScenarioYaml.cast(map).forEach((type, fields) -> {
                if (fields != null) {
                    for (Object one : fields instanceof List<?> several ? several : List.of(fields)) {
                        Map<String, Object> entry = ScenarioYaml.asMap(one, where, "documents." + type, problems);
                        if (entry != null) {
                            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(entry);
                        }
                    }
                }
            });
        } else if (value instanceof List<?> list) {
            for (Object one : list) {
                if (one instanceof String type) {
                    byType.computeIfAbsent(type.strip(), t -> new ArrayList<>()).add(Map.of());
                } else if (one instanceof Map<?, ?> map && map.get("type") != null) {
                    Map<String, Object> fields = new LinkedHashMap<>(ScenarioYaml.cast(map));
                    String type = fields.remove("type").toString().strip();
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(fields);
                } else {
                    problems.add(where + ": each document of a list is a type or a map with 'type:'");
                }
            }
        } else {
            problems.add(where + ": documents must be a map by type or a list");
        }
    }

    private static DocumentEvidence evidence(String type, Map<String, Object> fields, String where,
            List<String> problems) {
        try {
            DocumentType.valueOf(type);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": document type '" + type + "' is not one of " + Arrays.toString(DocumentType.values()));
            return null;
        }
        Map<String, Object> all = ScenarioYaml.merge(CLEAN_DOCUMENT, fields);
        all.put("type", type);
        return ScenarioYaml.convert(all, DocumentEvidence.class, where, "documents." + type, problems);
    }
}
