package com.merchantonboarding.common;

import java.util.List;
import java.util.Locale;

/** The two languages merchants are answered in: English and Simplified Chinese. */
public final class Locales {

    public static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, ZH_CN);

    private Locales() {
    }

    /** Picks en or zh-CN from an Accept-Language header (en when nothing matches). */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() == 0) {
                    continue;
                }
                if (tag.startsWith("zh") && !tag.startsWith("zh-tw") && !tag.startsWith("zh-hk")
                        && !tag.startsWith("zh-hant")) {
                    return ZH_CN;
                }
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
        return Locale.ENGLISH;
    }

    public static Locale normalize(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH_CN : Locale.ENGLISH;
    }
}
