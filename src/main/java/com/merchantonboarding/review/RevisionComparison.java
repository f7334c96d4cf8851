package com.merchantonboarding.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationViews;
import com.merchantonboarding.documents.Document;
import com.merchantonboarding.documents.DocumentType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What changed between two revisions, field by field (masked values) and document by document, so that
 * an officer sees at once what the merchant did about the earlier feedback.
 */
final class RevisionComparison {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RevisionComparison() {
    }

    static List<Dossier.FieldChange> fields(ApplicationData before, ApplicationData after) {
        Map<String, String> old = flatten(JSON.valueToTree(ApplicationViews.masked(before)));
        Map<String, String> now = flatten(JSON.valueToTree(ApplicationViews.masked(after)));
        TreeSet<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<Dossier.FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(old.get(path), now.get(path))) {
                changes.add(new Dossier.FieldChange(path, old.get(path), now.get(path)));
            }
        }
        return changes;
    }

    static List<Dossier.DocumentChange> documents(List<Document> before, List<Document> after) {
        Map<DocumentType, List<Document>> old = byType(before);
        Map<DocumentType, List<Document>> now = byType(after);
        List<Dossier.DocumentChange> changes = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            List<Document> was = old.getOrDefault(type, List.of());
            List<Document> is = now.getOrDefault(type, List.of());
            String wasHashes = was.stream().map(Document::getSha256).sorted().collect(Collectors.joining(","));
            String isHashes = is.stream().map(Document::getSha256).sorted().collect(Collectors.joining(","));
            if (wasHashes.equals(isHashes)) {
                continue;
            }
            String change = was.isEmpty() ? "ADDED" : is.isEmpty() ? "REMOVED" : "REPLACED";
            changes.add(new Dossier.DocumentChange(type.requirement(), change, names(was), names(is)));
        }
        return changes;
    }

    private static Map<DocumentType, List<Document>> byType(List<Document> documents) {
        return documents.stream().collect(Collectors.groupingBy(Document::getType, LinkedHashMap::new,
                Collectors.toList()));
    }

    private static String names(List<Document> documents) {
        return documents.isEmpty() ? null : documents.stream().map(Document::getFilename)
                .collect(Collectors.joining(", "));
    }

    /** {@code {"bankAccount": {"holderName": "x"}}} becomes {@code bankAccount.holderName = x}; lists stay whole. */
    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", node, values);
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray()) {
            values.put(prefix, node.toString());
        } else {
            values.put(prefix, node.asText());
        }
    }
}
