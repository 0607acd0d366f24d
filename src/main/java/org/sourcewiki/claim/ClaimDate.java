package org.sourcewiki.claim;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as a source states it: a year ({@code 2025}), a month ({@code 2025-04}), a day
 * ({@code 2025-04-02}), or an interval of two of those ({@code 2025-04-01/2025-04-05}, the ISO 8601 interval
 * notation). It covers the days from {@link #first()} to {@link #last()} inclusive: a month is drawn as a span of its
 * days, not as its first day. Pure value; no time zones (calendar dates as the sources print them).
 */
public record ClaimDate(String text, LocalDate first, LocalDate last, boolean exactDay) {
    private static final Pattern PART = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Thrown with a message in plain English that names what is wrong with the date. */
    public static final class InvalidDate extends Exception {
        public InvalidDate(String message) {
            super(message);
        }
    }

    /** Reads {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or two of them joined by "/" (start before end). */
    public static ClaimDate parse(String written) throws InvalidDate {
        String text = written.strip();
        int slash = text.indexOf('/');
        if (slash >= 0) {
            ClaimDate start = single(text.substring(0, slash).strip());
            ClaimDate end = single(text.substring(slash + 1).strip());
            if (end.last().isBefore(start.first())) {
                throw new InvalidDate("the interval " + text + " ends before it starts");
            }
            return new ClaimDate(start.text() + "/" + end.text(), start.first(), end.last(), false);
        }
        return single(text);
    }

    /** Whether a text reads as a date or an interval. */
    public static boolean isDate(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidDate e) {
            return false;
        }
    }

    private static ClaimDate single(String text) throws InvalidDate {
        Matcher m = PART.matcher(text);
        if (!m.matches()) {
            throw new InvalidDate("“" + text + "” is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or an interval such as 2025-04-01/2025-04-05");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new ClaimDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new ClaimDate(text, month.atDay(1), month.atEndOfMonth(), false);
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new ClaimDate(text, day, day, true);
        } catch (DateTimeException e) {
            throw new InvalidDate("“" + text + "” is not a date of the calendar");
        }
    }

    /** Whether this date and the days from..to (either may be null: open) have a day in common. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }

    @Override
    public String toString() {
        return text;
    }
}
