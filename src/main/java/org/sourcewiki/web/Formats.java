package org.sourcewiki.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
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

    /**
     * A date as precise as the source states it, in words of the interface language: 2025, "June 2025" / "juin 2025",
     * "June 23, 2025" / "23 juin 2025"; in square brackets ("[2025-04-09]" → "[April 9, 2025]") it was inferred from
     * the text, and stays bracketed. Text that is not such a date (ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD) is returned
     * as it is.
     */
    public String date(String partialDate) {
        if (partialDate == null || partialDate.isEmpty()) {
            return "";
        }
        if (partialDate.startsWith("[") && partialDate.endsWith("]")) {
            return "[" + date(partialDate.substring(1, partialDate.length() - 1)) + "]";
        }
        int slash = partialDate.indexOf('/');
        if (slash > 0 && isPartialDate(partialDate.substring(0, slash)) && isPartialDate(partialDate.substring(slash + 1))) {
            // An interval of a claim (ISO 8601 "start/end"): both ends, each as precise as written.
            return date(partialDate.substring(0, slash)) + " – " + date(partialDate.substring(slash + 1));
        }
        if (!isPartialDate(partialDate)) {
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

    /**
     * Names as a sentence of the interface language lists them: "A", "A and B" / "A et B", "A, B and C"; each name is
     * kept whole, and when one holds a comma ("Doe, Jane") they are parted by semicolons instead, so that no name is
     * read as two. Empty for none.
     */
    public String names(List<String> names) {
        if (names == null || names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        String separator = names.stream().anyMatch(name -> name.contains(",")) ? "; " : ", ";
        String and = "fr".equals(locale.getLanguage()) ? " et " : " and ";
        return String.join(separator, names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    /** A source's date: bracketed when inferred from the text rather than stated ({@code SourceSummary.dateInferred}). */
    public String date(String partialDate, boolean inferred) {
        return inferred && partialDate != null ? "[" + date(partialDate) + "]" : date(partialDate);
    }

    /** Whether text is a valid YYYY, YYYY-MM or YYYY-MM-DD date (ISO 8601, as HTML's time element takes it). */
    public boolean isPartialDate(String text) {
        if (text == null || !text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        try {
            if (text.length() == 7) {
                YearMonth.parse(text);
            } else if (text.length() == 10) {
                LocalDate.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * A language named in the interface language ("fr" is "French" in English, "français" in French), from its
     * BCP 47 tag; a tag Java does not know (or "und") is shown as written.
     */
    public String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(tag.strip()).getDisplayLanguage(locale);
        return name.isEmpty() || name.equalsIgnoreCase(tag.strip()) ? tag : name;
    }

    /**
     * A moment in words of the interface language, in UTC ("November 30, 2026, 14:53 UTC" / "30 novembre 2026 à
     * 14:53 UTC"); the machine form goes in time's datetime ({@link #isoTime}).
     */
    public String time(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        String day = utc.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        String clock = utc.format(DateTimeFormatter.ofPattern("HH:mm"));
        return day + ("fr".equals(locale.getLanguage()) ? " à " : ", ") + clock + " UTC";
    }

    public String isoTime(OffsetDateTime time) {
        // Whole seconds: HTML's datetime attribute allows at most three digits of fractions.
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    }

    public String number(long value) {
        return String.format(locale, "%,d", value);
    }
}
