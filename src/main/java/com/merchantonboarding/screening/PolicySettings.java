package com.merchantonboarding.screening;

import com.merchantonboarding.screening.facts.PolicyThresholds;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The settings of {@code rules/policy.properties}.
 *
 * @param label                    a human label of the rule set, such as {@code 2026.11-1}
 * @param automaticLowRiskApproval whether LOW-risk applications without findings are approved without a human
 * @param mediumRiskFrom           risk points from which the level is MEDIUM
 * @param highRiskFrom             risk points from which the level is HIGH
 * @param highVolumeCny            expected monthly volume in CNY above which it counts as high
 * @param nameSimilarFrom          name similarity from which a differing licence name is a near match
 */
public record PolicySettings(
        String label,
        boolean automaticLowRiskApproval,
        int mediumRiskFrom,
        int highRiskFrom,
        BigDecimal highVolumeCny,
        double nameSimilarFrom,
        int nameMismatchMinConfidence) {

    static final String LABEL = "ruleset.label";
    static final String AUTOMATIC_APPROVAL = "approval.automatic-low-risk";
    static final String MEDIUM_FROM = "risk.medium-from-points";
    static final String HIGH_FROM = "risk.high-from-points";
    static final String HIGH_VOLUME = "risk.high-volume-cny";
    static final String NAME_SIMILAR_FROM = "licence.name-similar-from";
    static final String NAME_MISMATCH_MIN_CONFIDENCE = "licence.name-mismatch-min-confidence";
    /** For rule folders written before the setting existed. */
    static final int DEFAULT_NAME_MISMATCH_MIN_CONFIDENCE = 85;

    PolicyThresholds thresholds() {
        return new PolicyThresholds(mediumRiskFrom, highRiskFrom, highVolumeCny, nameSimilarFrom,
                nameMismatchMinConfidence);
    }

    /** Parses the file; returns null and adds to {@code problems} when a setting is missing or malformed. */
    static PolicySettings parse(String file, byte[] bytes, List<String> problems) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(file + ": " + e.getMessage());
            return null;
        }
        int before = problems.size();
        Reader reader = new Reader(file, text, properties, problems);
        String label = reader.text(LABEL);
        Boolean automatic = reader.bool(AUTOMATIC_APPROVAL);
        Integer medium = reader.whole(MEDIUM_FROM);
        Integer high = reader.whole(HIGH_FROM);
        BigDecimal volume = reader.decimal(HIGH_VOLUME);
        BigDecimal similar = reader.decimal(NAME_SIMILAR_FROM);
        Integer minConfidence = properties.getProperty(NAME_MISMATCH_MIN_CONFIDENCE) == null
                ? Integer.valueOf(DEFAULT_NAME_MISMATCH_MIN_CONFIDENCE) : reader.whole(NAME_MISMATCH_MIN_CONFIDENCE);
        if (minConfidence != null && (minConfidence < 0 || minConfidence > 100)) {
            problems.add(reader.where(NAME_MISMATCH_MIN_CONFIDENCE) + ": " + NAME_MISMATCH_MIN_CONFIDENCE
                    + " must be between 0 and 100");
        }
        if (medium != null && high != null && !(0 < medium && medium < high)) {
            problems.add(reader.where(HIGH_FROM) + ": " + HIGH_FROM + " (" + high + ") must be above "
                    + MEDIUM_FROM + " (" + medium + "), and both above 0");
        }
        if (volume != null && volume.signum() <= 0) {
            problems.add(reader.where(HIGH_VOLUME) + ": " + HIGH_VOLUME + " must be above 0");
        }
        if (similar != null && (similar.signum() <= 0 || similar.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(reader.where(NAME_SIMILAR_FROM) + ": " + NAME_SIMILAR_FROM + " must be above 0 and at most 1");
        }
        if (problems.size() > before) {
            return null;
        }
        return new PolicySettings(label, automatic, medium, high, volume, similar.doubleValue(), minConfidence);
    }

    private record Reader(String file, String text, Properties properties, List<String> problems) {

        String where(String key) {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:\\s].*|")) {
                    return file + " line " + (i + 1);
                }
            }
            return file;
        }

        String raw(String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                problems.add(file + ": " + key + " is missing");
                return null;
            }
            return value.strip();
        }

        String text(String key) {
            return raw(key);
        }

        Boolean bool(String key) {
            String value = raw(key);
            if (value == null) {
                return null;
            }
            if (!value.equals("true") && !value.equals("false")) {
                problems.add(where(key) + ": " + key + " must be true or false, not '" + value + "'");
                return null;
            }
            return Boolean.valueOf(value);
        }

        Integer whole(String key) {
            String value = raw(key);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                problems.add(where(key) + ": " + key + " must be a whole number, not '" + value + "'");
                return null;
            }
        }

        BigDecimal decimal(String key) {
            String value = raw(key);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.replace("_", ""));
            } catch (NumberFormatException e) {
                problems.add(where(key) + ": " + key + " must be a number, not '" + value + "'");
                return null;
            }
        }
    }
}
