package org.sourcewiki.claim;

import java.util.List;
import org.sourcewiki.citation.CitationRef;

/**
 * One value of a structured field, as Wikidata models a statement: the value, the citations that back it (each
 * written {@code [@source#pN "quote"]}, as in a page body), an optional time qualifier (a point in time, or a start
 * and/or an end), and a rank. {@code citations} holds each citation bracket as written, in order; {@code refs} the
 * citations they hold. A {@code reason} is required for the deprecated rank and allowed for the others (Wikidata's
 * "reason for deprecated rank" and "reason for preferred rank").
 */
public record Claim(String value, List<String> citations, List<CitationRef> refs, ClaimDate point, ClaimDate start,
                    ClaimDate end, Rank rank, String reason) {

    /** Wikidata's three ranks: preferred values are shown first, deprecated ones are kept but set aside. */
    public enum Rank {
        PREFERRED, NORMAL, DEPRECATED;

        public String code() {
            return name().toLowerCase();
        }
    }

    /** A value as written before claims existed: no citation, no qualifier, normal rank. */
    public static Claim plain(String value) {
        return new Claim(value, List.of(), List.of(), null, null, null, Rank.NORMAL, null);
    }

    public boolean sourced() {
        return !refs.isEmpty();
    }

    public boolean deprecated() {
        return rank == Rank.DEPRECATED;
    }

    /** Whether the value carries a time qualifier. */
    public boolean dated() {
        return point != null || start != null || end != null;
    }

    /** The qualifier as written in a line ("2025-04", "since 2021-05", "2025-04-01/2025-04-05"), or null. */
    public String when() {
        if (point != null) {
            return point.text();
        }
        if (start != null && end != null) {
            return start.text() + "/" + end.text();
        }
        if (start != null) {
            return "since " + start.text();
        }
        return end == null ? null : "until " + end.text();
    }

    /** The source slugs this value cites, in order, each once. */
    public List<String> sourceSlugs() {
        return refs.stream().map(CitationRef::sourceSlug).distinct().toList();
    }
}
