package org.sourcewiki.source;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as documents state them, in French and English, turned into {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}, exactly as precise as stated: "juin 2025" gives {@code 2025-06}, never a made-up day.
 *
 * <p>Forms read: ISO 8601 ({@code 2025-06-22}, {@code 2025-06-22T10:00:00+02:00}: the date as written, in the
 * writer's own offset), "22 juin 2025", "1er avril 2025", "lundi 23 juin 2025", "June 22, 2025", "22 June 2025",
 * "22/06/2025", "22.06.2025" and "22-06-2025" (day first; "22/06/25" is 2025; month first only when the day cannot be
 * a month, as in "06/22/2025";
 * "06/07/2025" in an English text is ambiguous and gives only the year), and "juin 2025" / "June 2025".
 */
public final class StatedDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12),
            Map.entry("janv", 1), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("avr", 4), Map.entry("juil", 7),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9));
    private static final String MONTH = "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
            + "|decembre|janv|fevr|fev|avr|juil|sept|oct|nov|dec|january|february|march|april|may|june|july|august"
            + "|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep)\\.?";
    private static final String DAY = "(1er|[0-3]?\\d)(?:st|nd|rd|th)?";
    /**
     * A year ends the date, or runs into the same date printed again with no space ("22 Apr 202622 Apr 2026", as a
     * page that prints its date twice, once for screen readers, copies as text).
     */
    private static final String YEAR_END = "(?:\\b|(?=[0-3]?\\d\\s+\\p{L})|(?=\\p{L}))";
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})" + YEAR_END);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})" + YEAR_END);
    private static final Pattern NUMERIC = Pattern.compile("\\b([0-3]?\\d)[/.]([0-3]?\\d)[/.](\\d{4})\\b");
    /** "11/02/25", as French sites print their dates: a two-digit year after slashes is of this century. */
    private static final Pattern NUMERIC_SHORT_YEAR = Pattern.compile("\\b([0-3]?\\d)/([0-3]?\\d)/(\\d{2})\\b(?![/.]?\\d)");
    /**
     * "04-02-26, 10:12", "04-02-2026": day, month and year joined by hyphens, as Belgian and West African sites print
     * them; never part of a longer run of numbers (a telephone number) or of an ISO date, which opens on its year.
     */
    private static final Pattern NUMERIC_HYPHENS = Pattern.compile(
            "(?<![\\d-])([0-3]?\\d)-([0-3]?\\d)-(\\d{4}|\\d{2})(?![-\\d])");
    private static final Pattern ISO_IN_TEXT = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /**
     * "11 févr. 26 à 17:42", as regional French sites print their stamps: a day, a month and a two-digit year of this
     * century, only before a time or at the end (so "le 11 mars 26 personnes …" is no date).
     */
    private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile("\\b" + DAY + "\\s+" + MONTH
            + "\\s+(\\d{2})(?=\\s*(?:a|at|,|-|–|\\|)?\\s*\\d{1,2}\\s?[:h]\\s?\\d{2}\\b|\\s*$)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b");
    /** "2026 May 23, Saturday": the year first, then the month's name and the day, as some South Asian sites print. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("\\b(\\d{4})\\s+" + MONTH + "\\s+" + DAY + "\\b(?!\\s*\\d)");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}\\s*[h:]\\s*\\d{2}\\b|\\b\\d{1,2}\\s*(am|pm)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|le|the|on|a|at|,)\\b");

    private StatedDates() {
    }

    /** A day of a month without its year, as a wire's dateline states it: "Aug 6", "6 août", "August 6th". */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?!,?\\s*\\d)|\\b" + DAY
            + "\\s+" + MONTH + "(?![\\p{L}])(?!,?\\s*\\d)");

    /** A date found in text, with where it starts and ends in the folded text (char indices of {@link #fold}). */
    public record Found(String date, int start, int end) {
    }

    /** An ISO 8601 date or date-time as metadata gives it, or any form of {@link #find}; empty when none. */
    public static Optional<String> fromMetadata(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(value.strip());
        if (iso.matches()) {
            return valid(iso.group(1), iso.group(2), iso.group(3));
        }
        return find(value, null).map(Found::date);
    }

    /** The first date stated in the text; language ("fr", "en" or null) settles day-first numeric dates. */
    public static Optional<Found> find(String text, String language) {
        String folded = fold(text);
        Found best = null;
        List<int[]> impossible = new ArrayList<>();
        for (Pattern pattern : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO_IN_TEXT, MONTH_YEAR,
                NUMERIC_SHORT_YEAR, NUMERIC_HYPHENS, DAY_MONTH_SHORT_YEAR, YEAR_MONTH_DAY}) {
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (impossible.stream().anyMatch(r -> start < r[1] && end > r[0])) {
                    continue; // "31 février 2025" is no date, and so not "février 2025" either
                }
                Optional<String> date = read(pattern, m, language);
                if (date.isEmpty()) {
                    impossible.add(new int[] {start, end});
                }
                if (date.isPresent() && (best == null || m.start() < best.start())) {
                    best = new Found(date.get(), m.start(), m.end());
                }
                if (date.isPresent()) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The full date an ambiguous numeric date means, when another statement gives its day and month: "06/08/2025" in
     * an English text is August 6 or June 8; a wire's dateline "NAIROBI, Aug 6 (Reuters)" settles it. Returns the
     * {@code YYYY-MM-DD} reading of the first numeric date of {@code numeric} that matches the first day and month
     * stated without a year in {@code dayAndMonth}; empty when the date was not ambiguous or nothing matches.
     */
    public static Optional<String> settle(String numeric, String dayAndMonth) {
        Matcher date = NUMERIC.matcher(fold(numeric));
        Matcher stated = MONTH_DAY.matcher(fold(dayAndMonth));
        if (!date.find() || !stated.find()) {
            return Optional.empty();
        }
        boolean monthFirst = stated.group(1) != null;
        String month = month(monthFirst ? stated.group(1) : stated.group(4));
        String day = day(monthFirst ? stated.group(2) : stated.group(3));
        String first = two(Integer.parseInt(date.group(1)));
        String second = two(Integer.parseInt(date.group(2)));
        if (first.equals(day) && second.equals(month) || first.equals(month) && second.equals(day)) {
            return valid(date.group(3), month, day);
        }
        return Optional.empty();
    }

    private static Optional<String> read(Pattern pattern, Matcher m, String language) {
        if (pattern == DAY_MONTH_YEAR) {
            return valid(m.group(3), month(m.group(2)), day(m.group(1)));
        }
        if (pattern == YEAR_MONTH_DAY) {
            return valid(m.group(1), month(m.group(2)), day(m.group(3)));
        }
        if (pattern == DAY_MONTH_SHORT_YEAR) {
            return valid("20" + m.group(3), month(m.group(2)), day(m.group(1)));
        }
        if (pattern == MONTH_DAY_YEAR) {
            return valid(m.group(3), month(m.group(1)), day(m.group(2)));
        }
        if (pattern == NUMERIC || pattern == NUMERIC_SHORT_YEAR || pattern == NUMERIC_HYPHENS) {
            String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            // Day, month, year with full stops ("07.04.2026") or hyphens ("04-02-26") is the European order; a US
            // date never has them.
            boolean dotted = m.group(0).charAt(m.end(1) - m.start(0)) != '/';
            if (first > 12 || "fr".equals(language) || first == second || dotted) {
                return valid(year, two(second), two(first));
            }
            if (second > 12) {
                return valid(year, two(first), two(second));
            }
            return valid(year, null, null); // 06/07/2025 outside French: day and month cannot be told apart
        }
        if (pattern == ISO_IN_TEXT) {
            return valid(m.group(1), m.group(2), m.group(3));
        }
        return valid(m.group(2), month(m.group(1)), null);
    }

    private static String month(String name) {
        return two(MONTHS.get(name.replace(".", "")));
    }

    private static String day(String day) {
        return two(day.equals("1er") ? 1 : Integer.parseInt(day));
    }

    private static String two(int value) {
        return String.format("%02d", value);
    }

    private static Optional<String> valid(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1000 || y > 2999) {
                return Optional.empty();
            }
            if (month == null) {
                return Optional.of(year);
            }
            if (day == null) {
                YearMonth.of(y, Integer.parseInt(month));
                return Optional.of(year + "-" + month);
            }
            LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(year + "-" + month + "-" + day);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A whole numeric date, day first or ISO: "12/03/2026", "12.03.2026", "2026-03-12". */
    static final Pattern WHOLE_NUMERIC_DATE = Pattern.compile(
            "\\b\\d{1,2}[/.]\\d{1,2}[/.](19|20)\\d{2}\\b|\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b");

    /**
     * A line that is mostly a date or a time, as page clocks and datelines print them ("Sun Mar 8, 2026 12:00 AM",
     * "Fichier généré le 22/06/2025", "14h32"): what is left without the date, times, weekdays and punctuation is
     * short. Takes folded text (see {@link #fold}).
     */
    public static boolean isDateToken(String folded) {
        Optional<Found> date = find(folded, null);
        String rest = folded;
        if (date.isPresent()) {
            rest = folded.substring(0, date.get().start()) + " " + folded.substring(date.get().end());
            if (rest.strip().split("\\s+").length <= 4) {
                return true; // "Fichier généré le 22/06/2025": a label with a date, not a headline
            }
        } else if (!TIME.matcher(folded).find()) {
            return false;
        }
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = WEEKDAY.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return rest.length() <= 12;
    }

    /** Lower case without accents or marks; white space of any kind becomes one space. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replaceAll("[\\s\\u00A0\\u202F\\u2009]+", " ").toLowerCase(Locale.ROOT);
    }
}
