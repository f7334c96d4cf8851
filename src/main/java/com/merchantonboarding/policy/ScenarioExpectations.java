package com.merchantonboarding.policy;

import com.merchantonboarding.screening.RiskLevel;
import com.merchantonboarding.screening.ScreeningOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code expect:} block of a scenario. */
final class ScenarioExpectations {

    private static final Set<String> KEYS = Set.of("outcome", "riskLevel", "riskPoints", "findings", "includes",
            "excludes");

    private ScenarioExpectations() {
    }

    static Expectation expectation(Object value, String where, List<String> problems) {
        Map<String, Object> expect = ScenarioYaml.asMap(value, where, "expect", problems);
        if (expect == null) {
            return null;
        }
        int before = problems.size();
        ScenarioYaml.unknownKeys(expect, KEYS, where + ", expect", problems);
        ScreeningOutcome outcome = constant(ScreeningOutcome.class, expect.get("outcome"), where, "outcome", problems);
        RiskLevel risk = constant(RiskLevel.class, expect.get("riskLevel"), where, "riskLevel", problems);
        Integer points = null;
        if (expect.get("riskPoints") != null) {
            try {
                points = Integer.valueOf(expect.get("riskPoints").toString().strip());
            } catch (NumberFormatException e) {
                problems.add(where + ": expect.riskPoints '" + expect.get("riskPoints") + "' is not a whole number");
            }
        }
        List<String> findings = expect.containsKey("findings") ? codes(expect.get("findings"), where, "findings", problems) : null;
        List<String> includes = codes(expect.get("includes"), where, "includes", problems);
        List<String> excludes = codes(expect.get("excludes"), where, "excludes", problems);
        if (findings != null && (!includes.isEmpty() || !excludes.isEmpty())) {
            problems.add(where + ": expect either 'findings' (exactly these) or 'includes'/'excludes', not both");
        }
        if (findings == null && includes.isEmpty() && excludes.isEmpty()) {
            problems.add(where + ": expect 'findings' (exactly these; [] for none) or 'includes'/'excludes'");
        }
        return problems.size() > before ? null : new Expectation(outcome, risk, points, findings, includes, excludes);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object value, String where, String key,
            List<String> problems) {
        if (value == null) {
            problems.add(where + ": expect." + key + " is missing (one of " + Arrays.toString(type.getEnumConstants()) + ")");
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": expect." + key + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static List<String> codes(Object value, String where, String key, List<String> problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(where + ": expect." + key + " must be a list, such as [PROHIBITED_CATEGORY]");
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (Object code : list) {
            String text = code == null ? "" : code.toString().strip();
            if (!text.matches("[A-Z][A-Z0-9_]*(@\\S+)?")) {
                problems.add(where + ": expect." + key + " entry '" + text + "' is not CODE or CODE@requirement");
            } else {
                codes.add(text);
            }
        }
        return codes;
    }
}
