package com.merchantonboarding.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reason-code table ({@code rules/reason-codes.csv}): severity, visibility and merchant texts of each code. */
public final class ReasonCodes {

    /** The merchant-text locales the table carries; {@link #ENGLISH} is the fallback. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.forLanguageTag("zh-CN");

    record Entry(String code, Severity severity, MerchantVisibility visibility, String requirement, String en, String zhCn) {
    }

    private final Map<String, Entry> entries;

    private ReasonCodes(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Parses the table; every problem is reported with its line. */
    static ReasonCodes parse(String file, byte[] bytes, List<String> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(file, bytes, "code", "severity", "merchant_visible", "requirement", "en", "zh-cn");
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return new ReasonCodes(entries);
        }
        for (Csv.Row row : rows) {
            String code = row.get("code");
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                problems.add(row.where() + ": code '" + code + "' is not in CAPITALS_WITH_UNDERSCORES");
                continue;
            }
            if (entries.containsKey(code)) {
                problems.add(row.where() + ": code " + code + " appears twice");
                continue;
            }
            Severity severity = parseEnum(Severity.class, row.get("severity"), row, "severity", problems);
            MerchantVisibility visibility = parseEnum(MerchantVisibility.class, row.get("merchant_visible"), row,
                    "merchant_visible", problems);
            if (severity == null || visibility == null) {
                continue;
            }
            String en = row.get("en");
            String zh = row.get("zh-cn");
            if (visibility != MerchantVisibility.NO && (en.isEmpty() || zh.isEmpty())) {
                problems.add(row.where() + ": " + code + " is merchant-visible but has no "
                        + (en.isEmpty() ? "en" : "zh-CN") + " text");
            }
            entries.put(code, new Entry(code, severity, visibility, row.get("requirement"), en, zh));
        }
        return new ReasonCodes(entries);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, Csv.Row row, String column,
            List<String> problems) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            problems.add(row.where() + ": " + column + " '" + value + "' is not one of " + allowed);
            return null;
        }
    }

    /** Every code of the table, in table order. */
    public Set<String> codes() {
        return entries.keySet();
    }

    public boolean contains(String code) {
        return entries.containsKey(code);
    }

    /** @throws IllegalArgumentException for a code not in the table: a finding's severity is never guessed */
    public Severity severity(String code) {
        return entry(code).severity();
    }

    /** {@link MerchantVisibility#NO} for a code not in the table (codes are an open set; unknown ones stay internal). */
    public MerchantVisibility visibility(String code) {
        Entry entry = entries.get(code);
        return entry == null ? MerchantVisibility.NO : entry.visibility();
    }

    /** Whether merchants see this code (merchant-visible {@code yes} or {@code generic}); false for an unknown code. */
    public boolean merchantVisible(String code) {
        return visibility(code) != MerchantVisibility.NO;
    }

    /** Whether this is the generic code merchants see in place of an internal one ({@code APPLICATION_NOT_SUPPORTED}). */
    public boolean generic(String code) {
        return visibility(code) == MerchantVisibility.GENERIC;
    }

    /** The requirement column as written in the table (a field path, a pattern such as {@code documents.<TYPE>}, or a note); "" for an unknown code. */
    public String requirement(String code) {
        Entry entry = entries.get(code);
        return entry == null ? "" : entry.requirement();
    }

    /**
     * The merchant text of a code: zh-CN for any Chinese locale, English otherwise and whenever the
     * Chinese text is empty. Empty for internal codes, which have no merchant text, and for unknown codes.
     */
    public Optional<String> text(String code, Locale locale) {
        Entry entry = entries.get(code);
        if (entry == null) {
            return Optional.empty();
        }
        String text = locale != null && "zh".equals(locale.getLanguage()) && !entry.zhCn().isEmpty()
                ? entry.zhCn()
                : entry.en();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The text of one locale column exactly as in the table ("" when empty), without fallback. */
    public String exactText(String code, Locale locale) {
        Entry entry = entry(code);
        return "zh".equals(locale.getLanguage()) ? entry.zhCn() : entry.en();
    }

    private Entry entry(String code) {
        Entry entry = entries.get(code);
        if (entry == null) {
            throw new IllegalArgumentException("Unknown reason code: " + code);
        }
        return entry;
    }
}
