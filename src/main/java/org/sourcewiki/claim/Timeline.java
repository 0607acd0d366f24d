package org.sourcewiki.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.page.PageKind;
import org.sourcewiki.page.Titles;

/**
 * Every dated value of the wiki, in order: the values of date fields (signed, in force, held: the value is the
 * date) and the time qualifiers of any value (a point in time, a start, an end, or both). A date is as precise as
 * written, so a month or a year is a span of days, not its first day ({@link ClaimDate}). Pure: built from loaded
 * {@link PageClaims}; the chart's geometry is computed here and only drawn by the template.
 */
public final class Timeline {
    /** Width of the chart's drawing, in SVG user units; labels sit in a column to its left. */
    static final int LABEL_WIDTH = 290;
    static final int CHART_WIDTH = 370;
    static final int ROW_HEIGHT = 24;
    static final int TOP = 34;

    private Timeline() {
    }

    /**
     * One dated value: the page and field it belongs to, the value, how the date qualifies it ({@code value} for a
     * date field, else {@code point}, {@code start}, {@code end} or {@code interval}), the days it covers, its
     * address on its page and its citations.
     */
    public record Entry(PageClaims page, String field, Claim claim, int line, String kind, ClaimDate date,
                        List<StoredCitation> citations) {
        public String href() {
            return page.claimHref(field, line);
        }

        /** Whether the date is one known day (drawn as a dot), not a span. */
        public boolean exact() {
            return date.exactDay();
        }
    }

    /** A drawn mark: its row, the x of its start and end (equal for a dot) and its entry. */
    public record Mark(Entry entry, int y, double x1, double x2, String label) {
        public double width() {
            return Math.max(2, x2 - x1);
        }

        public double centre() {
            return (x1 + x2) / 2;
        }
    }

    /** A tick of the time axis. */
    public record Tick(double x, String label) {
    }

    /** The chart: its size, its marks and ticks, and the first and last day drawn. */
    public record Chart(int width, int height, int labelWidth, List<Mark> marks, List<Tick> ticks, LocalDate from, LocalDate to) {
        public int axisY() {
            return TOP - 12;
        }
    }

    /** The dated values of the given pages, in date order (first day, then last day, then page title). */
    public static List<Entry> entries(List<PageClaims> pages) {
        List<Entry> entries = new ArrayList<>();
        for (PageClaims page : pages) {
            for (String field : PageKind.CLAIM_FIELDS) {
                List<Claim> claims = page.claims(field);
                for (int i = 0; i < claims.size(); i++) {
                    Claim claim = claims.get(i);
                    List<StoredCitation> cited = page.citationsOf(claim);
                    if (PageKind.DATE_FIELDS.contains(field)) {
                        try {
                            entries.add(new Entry(page, field, claim, i + 1, "value", ClaimDate.parse(claim.value()), cited));
                        } catch (ClaimDate.InvalidDate e) {
                            // An old value that is not a date has no place on a timeline; its page still shows it.
                        }
                    }
                    if (claim.point() != null) {
                        entries.add(new Entry(page, field, claim, i + 1, "point", claim.point(), cited));
                    } else if (claim.start() != null && claim.end() != null) {
                        ClaimDate span = new ClaimDate(claim.start().text() + "/" + claim.end().text(), claim.start().first(),
                                claim.end().last(), false);
                        entries.add(new Entry(page, field, claim, i + 1, "interval", span, cited));
                    } else if (claim.start() != null) {
                        entries.add(new Entry(page, field, claim, i + 1, "start", claim.start(), cited));
                    } else if (claim.end() != null) {
                        entries.add(new Entry(page, field, claim, i + 1, "end", claim.end(), cited));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.date().first()).thenComparing(e -> e.date().last())
                .thenComparing(e -> e.page().title()).thenComparing(Entry::field).thenComparing(Entry::line));
        return entries;
    }

    /**
     * The entries about one page (its own values, and the values of pages that name it in a page-title field:
     * the agreements it is a party to, the actors affiliated with it) whose dates overlap from..to (either null:
     * open).
     */
    public static List<Entry> filter(List<Entry> entries, String pageSlug, LocalDate from, LocalDate to) {
        return entries.stream()
                .filter(e -> pageSlug == null || e.page().slug().equals(pageSlug) || names(e.page(), pageSlug))
                .filter(e -> e.date().overlaps(from, to))
                .toList();
    }

    private static boolean names(PageClaims page, String slug) {
        for (String field : PageKind.TITLE_FIELDS) {
            for (Claim claim : page.claims(field)) {
                if (Titles.slug(claim.value()).equals(slug)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The chart of some entries: one row each, days on a linear scale from the first day to the last. */
    public static Chart chart(List<Entry> entries, java.util.function.Function<Entry, String> label) {
        if (entries.isEmpty()) {
            return new Chart(LABEL_WIDTH + CHART_WIDTH + 20, TOP, LABEL_WIDTH, List.of(), List.of(), null, null);
        }
        LocalDate from = entries.stream().map(e -> e.date().first()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = entries.stream().map(e -> e.date().last()).max(Comparator.naturalOrder()).orElseThrow();
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        double perDay = (double) CHART_WIDTH / days;
        List<Mark> marks = new ArrayList<>();
        int y = TOP;
        for (Entry entry : entries) {
            double x1 = LABEL_WIDTH + ChronoUnit.DAYS.between(from, entry.date().first()) * perDay;
            double x2 = LABEL_WIDTH + (ChronoUnit.DAYS.between(from, entry.date().last()) + 1) * perDay;
            marks.add(new Mark(entry, y, round(x1), round(x2), label.apply(entry)));
            y += ROW_HEIGHT;
        }
        return new Chart(LABEL_WIDTH + CHART_WIDTH + 20, y + 6, LABEL_WIDTH, marks, ticks(from, to, perDay), from, to);
    }

    /** Axis ticks at the start of each year, or of each month when the span is short, or of each day. */
    private static List<Tick> ticks(LocalDate from, LocalDate to, double perDay) {
        List<Tick> ticks = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate tick;
        ChronoUnit step;
        if (days > 3 * 365) {
            tick = LocalDate.of(from.getYear(), 1, 1);
            step = ChronoUnit.YEARS;
        } else if (days > 62) {
            tick = from.withDayOfMonth(1);
            step = ChronoUnit.MONTHS;
        } else {
            tick = from;
            step = ChronoUnit.DAYS;
        }
        long every = Math.max(1, step.between(tick, to) / 8 + 1);
        for (; !tick.isAfter(to); tick = tick.plus(every, step)) {
            if (tick.isBefore(from)) {
                continue;
            }
            String text = step == ChronoUnit.YEARS ? String.valueOf(tick.getYear())
                    : step == ChronoUnit.MONTHS ? tick.toString().substring(0, 7) : tick.toString();
            ticks.add(new Tick(round(LABEL_WIDTH + ChronoUnit.DAYS.between(from, tick) * perDay), text));
        }
        return ticks;
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
