package org.sourcewiki.search;

import java.util.List;

/**
 * What the reader typed, made safe for websearch_to_tsquery: trimmed, capped in length, control characters
 * dropped. When it names a page by its title or one of its aliases, the passage search also looks for the
 * page's other names ("Putin" finds passages that say "Poutine").
 */
public record SearchQuery(String text, boolean truncated) {
    public static final int MAX_LENGTH = 300;

    public static SearchQuery of(String raw) {
        String cleaned = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", " ").strip();
        boolean truncated = cleaned.length() > MAX_LENGTH;
        return new SearchQuery(truncated ? cleaned.substring(0, MAX_LENGTH) : cleaned, truncated);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** websearch syntax matching the query or any of the names, each as a phrase. */
    public String withNames(List<String> names) {
        if (names.isEmpty()) {
            return text;
        }
        StringBuilder query = new StringBuilder(phrase(text));
        for (String name : names) {
            query.append(" or ").append(phrase(name));
        }
        return query.toString();
    }

    private static String phrase(String words) {
        return "\"" + words.replace("\"", " ") + "\"";
    }
}
