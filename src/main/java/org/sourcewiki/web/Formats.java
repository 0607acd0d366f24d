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

    /** A date as precise as the source states it: 2025, 2025-06 or 2025-06-23. */
    public String date(String partialDate) {
        if (partialDate == null || partialDate.isEmpty()) {
            return "";
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
