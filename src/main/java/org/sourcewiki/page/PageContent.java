package org.sourcewiki.page;

import java.util.Map;
import java.util.Objects;

/**
 * What a revision holds besides who and when: title, kind, structured fields and Markdown body. Fields map a form
 * field name to a String or, for one-per-line fields, a List of Strings; absent or empty fields are left out.
 */
public record PageContent(String title, String kind, Map<String, Object> fields, String body) {
    public boolean sameAs(PageContent other) {
        return title.equals(other.title) && kind.equals(other.kind) && fields.equals(other.fields)
                && body.equals(other.body);
    }

    /** Slugs of the pages this content links to: from the body's wiki links and from page-title fields. */
    public java.util.Set<String> linkedSlugs() {
        java.util.Set<String> slugs = new java.util.LinkedHashSet<>(org.sourcewiki.markup.WikiMarkup.parse(body).linkedSlugs());
        for (String name : PageKind.TITLE_FIELDS) {
            Object value = fields.get(name);
            java.util.List<?> titles = value instanceof java.util.List<?> list ? list : value == null ? java.util.List.of() : java.util.List.of(value);
            for (Object title : titles) {
                slugs.add(Titles.slug(String.valueOf(title)));
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
