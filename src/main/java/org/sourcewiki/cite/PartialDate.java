package org.sourcewiki.cite;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date as precise as it was stated: a year, a year and month, or a full day (month and day null when not stated).
 * The CSL date model (CSL 1.0.2, "date-parts") and EDTF level 0 both keep such dates as they are: 2025-04 stays a
 * month and never becomes 2025-04-01.
 */
public record PartialDate(int year, Integer month, Integer day) {

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
    }

    /** Reads YYYY, YYYY-MM or YYYY-MM-DD (the formats sources and fields store); anything else is empty. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{4}")) {
                return Optional.of(new PartialDate(Integer.parseInt(value), null, null));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return Optional.of(new PartialDate(month.getYear(), month.getMonthValue(), null));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(of(LocalDate.parse(value)));
            }
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The CSL "date-parts" of this date: [[2025]], [[2025, 4]] or [[2025, 4, 9]]. */
    public List<Integer> parts() {
        List<Integer> parts = new ArrayList<>();
        parts.add(year);
        if (month != null) {
            parts.add(month);
            if (day != null) {
                parts.add(day);
            }
        }
        return parts;
    }

    /** ISO 8601 / EDTF level 0 at the stated precision: 2025, 2025-04 or 2025-04-09. */
    public String iso() {
        StringBuilder text = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            text.append(String.format("-%02d", month));
            if (day != null) {
                text.append(String.format("-%02d", day));
            }
        }
        return text.toString();
    }
}
