package org.sourcewiki.markup;

import java.util.HashSet;
import java.util.Set;
import org.sourcewiki.page.Titles;

/**
 * Section anchors, as MediaWiki makes them (its "html5" fragment mode): the heading text with white space runs made
 * one underscore, case, accents and every script kept. [[Page#Rôle et mission]] and [[Page#Rôle_et_mission]] both
 * point at the heading "Rôle et mission", whose id is "Rôle_et_mission". A second heading with the same text gets
 * "_2", a third "_3", and so on, as in MediaWiki.
 */
public final class Anchors {
    /** Ids the page layout already uses; a heading called like one of them gets a suffix. */
    private static final Set<String> RESERVED = Set.of("content", "mentions-heading", "site-search-q",
            "title-suggestions", "references", "fields");

    private Anchors() {
    }

    /** The anchor of a heading or of a link's section: empty when nothing but white space is left. */
    public static String of(String text) {
        return Titles.normalise(text == null ? "" : text.replace('_', ' ')).replace(' ', '_');
    }

    /** Hands out unique ids for one page, in the order of its headings. */
    static final class Allocator {
        private final Set<String> used = new HashSet<>();

        String next(String headingText) {
            String base = of(headingText);
            if (base.isEmpty()) {
                base = "section";
            }
            String id = base;
            for (int n = 2; used.contains(id) || RESERVED.contains(id) || id.startsWith("cite-note-")
                    || id.startsWith("cite-ref-"); n++) {
                id = base + "_" + n;
            }
            used.add(id);
            return id;
        }
    }
}
