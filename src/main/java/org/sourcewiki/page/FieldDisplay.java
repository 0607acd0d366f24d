package org.sourcewiki.page;

import java.util.List;

/**
 * One structured field as a page shows it. {@code values} are those the infobox shows first (the best rank present,
 * as Wikidata shows "truthy" values), {@code others} the rest, one click away with their ranks and reasons; all of
 * them side by side, with their quotes, when {@code contested} (values of a one-value field from different sources).
 */
public record FieldDisplay(String name, List<Value> values, List<Value> others, boolean contested, boolean claims) {

    /** A date field (YYYY, YYYY-MM or YYYY-MM-DD): shown in words, with the machine form in time's datetime. */
    public boolean isDate() {
        return PageKind.DATE_FIELDS.contains(name);
    }

    /** The fragment of the field on its page: {@code /wiki/{slug}#claim-{name}}. */
    public String anchor() {
        return "claim-" + name;
    }

    /** Every value, best rank first. */
    public List<Value> all() {
        java.util.List<Value> all = new java.util.ArrayList<>(values);
        all.addAll(others);
        return all;
    }

    /**
     * A value: its text, a link when it names a page (href, and whether that page exists), a message key when its
     * text is a code (subtypes), its citations, its time qualifier as written ({@code when}: a date, "since …",
     * "until …" or an interval; null without), its rank code and the rank's reason.
     */
    public record Value(String text, String href, boolean exists, String messageKey, List<Cite> cites, String when,
                        String whenKind, String rank, String reason, String anchor) {
        public boolean sourced() {
            return !cites.isEmpty();
        }
    }

    /**
     * A citation of a value: its note number, the passage (href with the quoted words marked) and its source (authors:
     * its names in order, empty when it states none).
     */
    public record Cite(int note, String href, String sourceSlug, String sourceTitle, List<String> authors, String publisher,
                       String published,
                       String language, int passage, String words, boolean quoted) {
    }
}
