package org.sourcewiki.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.page.Titles;

/**
 * A page's claims as they stand: its current revision's fields (name to stored lines) and that revision's
 * citations by key ({@link StoredCitation#key()}), so that each value can name the passages it cites.
 */
public record PageClaims(String slug, String title, String kind, long revisionId, OffsetDateTime editedAt,
                         Map<String, Object> fields, Map<String, StoredCitation> citations) {

    public List<Claim> claims(String field) {
        return Claims.read(fields.get(field));
    }

    public String href() {
        return "/wiki/" + Titles.encodeSegment(slug);
    }

    /** The address of a value on its page: the line's anchor, as the infobox gives it. */
    public String claimHref(String field, int line) {
        return href() + "#claim-" + field + "-" + line;
    }

    /** The stored citations a claim names, in its order (those of an unknown key left out). */
    public List<StoredCitation> citationsOf(Claim claim) {
        return claim.refs().stream().map(ref -> citations.get(ref.key())).filter(java.util.Objects::nonNull).toList();
    }
}
