package org.sourcewiki.source;

import java.util.Arrays;
import java.util.List;

/**
 * A source's authors in its one {@code author} field: names exactly as the article states them, separated by
 * "; " (a semicolon, never a comma, since "Doe, Jane" is one name). A byline "Par A et B" or a JSON-LD list of two
 * authors keeps both; CSL, BibLaTeX and RIS exports list each name on its own.
 */
public final class Authors {
    public static final String SEPARATOR = "; ";

    private Authors() {
    }

    /** The names in a stored author field, in order, blank ones dropped; empty for null. */
    public static List<String> split(String author) {
        if (author == null || author.isBlank()) {
            return List.of();
        }
        return Arrays.stream(author.split(";")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** The stored form of a list of names; null when there is none. */
    public static String join(List<String> names) {
        List<String> kept = names.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        return kept.isEmpty() ? null : String.join(SEPARATOR, kept);
    }
}
