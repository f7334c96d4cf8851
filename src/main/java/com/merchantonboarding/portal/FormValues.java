package com.merchantonboarding.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.application.ApplicationData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the inputs of a step show, by field path: the saved data, or what the merchant has just sent when it was
 * refused. Account and ID numbers are never written into a page: their inputs stay empty ("leave empty to keep").
 */
final class FormValues {

    /** Fields whose saved value is never shown (spec: numbers masked); an empty input keeps the saved value. */
    static final List<String> SECRET = List.of("bankAccount.accountNumber", "legalRepresentative.idNumber");

    private final Map<String, List<String>> values;

    private FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    static FormValues saved(ApplicationData data, ObjectMapper json) {
        Map<String, List<String>> values = new HashMap<>();
        flatten("", json.valueToTree(data), values);
        SECRET.forEach(values::remove);
        return new FormValues(values);
    }

    static FormValues sent(Map<String, String[]> parameters) {
        Map<String, List<String>> values = new HashMap<>();
        parameters.forEach((name, given) -> values.put(name, Arrays.asList(given)));
        return new FormValues(values);
    }

    public String value(String path) {
        List<String> list = values.get(path);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    public boolean checked(String path, Object option) {
        return values.getOrDefault(path, List.of()).contains(String.valueOf(option));
    }

    /** How many rows of a list to show: those with a value, and one empty row to add another. */
    public int rows(String listPath) {
        int rows = 0;
        for (String key : values.keySet()) {
            if (key.startsWith(listPath + "[") && !value(key).isBlank()) {
                int index = Integer.parseInt(key.substring(listPath.length() + 1, key.indexOf(']')));
                rows = Math.max(rows, index + 1);
            }
        }
        return rows + 1;
    }

    private static void flatten(String path, JsonNode node, Map<String, List<String>> values) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                    f.getValue(), values));
        } else if (node.isArray()) {
            List<String> scalars = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isValueNode()) {
                    scalars.add(text(node.get(i)));
                } else {
                    flatten(path + "[" + i + "]", node.get(i), values);
                }
            }
            if (!scalars.isEmpty()) {
                values.put(path, scalars);
            }
        } else {
            values.put(path, List.of(text(node)));
        }
    }

    private static String text(JsonNode node) {
        if (node.isFloatingPointNumber() && node.asDouble() == Math.rint(node.asDouble())) {
            return String.valueOf((long) node.asDouble());
        }
        return node.asText();
    }
}
