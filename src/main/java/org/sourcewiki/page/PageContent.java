package org.sourcewiki.page;

import java.util.Map;
import java.util.Objects;

/**
 * What a revision holds besides who and when: title, kind, structured fields and Markdown body. Fields map a form
 * field name to a String or, for one-per-line fields, a List of Strings; absent or empty fields are left out.
 */
public record PageContent(String title, String kind, Map<String, Object> fields, String body) {
    /**
     * Whether a save of this content over other would change nothing. Bodies are compared as MediaWiki compares
     * them: white space at the end of each line, blank lines at the start and white space at the end ignored.
     */
    public boolean sameAs(PageContent other) {
        return title.equals(other.title) && kind.equals(other.kind) && fields.equals(other.fields)
                && comparableBody(body).equals(comparableBody(other.body));
    }

    /** A body with white space at line ends, leading blank lines and trailing white space removed. */
    static String comparableBody(String body) {
        return trimEdges(body.replaceAll("[\\h\\x0B\\f]+(?=\n|$)", ""));
    }

    /** Leading blank lines and trailing white space removed; the indentation of the first line is kept. */
    public static String trimEdges(String body) {
        return body.replaceFirst("\\A(?:[\\h]*\n)+", "").stripTrailing();
    }

    /** Slugs of the pages this content links to: from the body's wiki links and from page-title fields. */
    public java.util.Set<String> linkedSlugs() {
        return linkedSlugs(org.sourcewiki.markup.WikiMarkup.parse(body));
    }

    /** As {@link #linkedSlugs()}, with the body already parsed. */
    public java.util.Set<String> linkedSlugs(org.sourcewiki.markup.RenderedMarkup markup) {
        java.util.Set<String> slugs = new java.util.LinkedHashSet<>(markup.linkedSlugs());
        for (String name : PageKind.TITLE_FIELDS) {
            for (String title : org.sourcewiki.claim.Claims.values(fields.get(name))) {
                slugs.add(Titles.slug(title));
            }
        }
        return slugs;
    }

    public int size() {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageContent other && sameAs(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, kind, fields, body);
    }
}
