package com.merchantonboarding.portal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and sizes as templates show them, in the page's language ({@code ${@portalFormat.dateTime(x)}}). */
@Component("portalFormat")
class PortalFormat {

    private final PortalProperties properties;

    PortalFormat(PortalProperties properties) {
        this.properties = properties;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(properties.timeZone()).format(instant)
                + " (UTC" + properties.timeZone().getRules().getOffset(instant).getId().replace("Z", "") + ")";
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
