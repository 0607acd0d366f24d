package org.sourcewiki.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as a reader of the interface language writes them; times always in UTC with the zone shown. */
public final class Formats {
    private final Locale locale;

    public Formats(Locale locale) {
        this.locale = locale;
    }

    /** A size in bytes as people write limits: "5 MB" for 5 × 2^20 bytes, "512 KB", or "1000 bytes". */
    public static String bytes(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return bytes / (1 << 20) + " MB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return bytes / (1 << 10) + " KB";
        }
        return bytes + " bytes";
    }

    /** A date as precise as the source states it: 2025, 2025-06 or 2025-06-23. */
    public String date(String partialDate) {
        if (partialDate == null || partialDate.isEmpty()) {
            return "";
        }
        int slash = partialDate.indexOf('/');
        if (slash > 0) {
            // An interval of a claim (ISO 8601 "start/end"): both ends, each as precise as written.
            return date(partialDate.substring(0, slash)) + " – " + date(partialDate.substring(slash + 1));
        }
        if (!partialDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return partialDate;
        }
        if (partialDate.length() == 4) {
            return partialDate;
        }
        if (partialDate.length() == 7) {
            return YearMonth.parse(partialDate).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        }
        return LocalDate.parse(partialDate).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    public String time(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }

    public String isoTime(OffsetDateTime time) {
        // Whole seconds: HTML's datetime attribute allows at most three digits of fractions.
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    }

    public String number(long value) {
        return String.format(locale, "%,d", value);
    }
}
