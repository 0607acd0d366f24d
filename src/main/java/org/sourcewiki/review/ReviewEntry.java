package org.sourcewiki.review;

import java.time.OffsetDateTime;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.page.Titles;
import org.sourcewiki.source.SourcePages;

/**
 * One citation re-anchored (or to re-anchor) from version fromVersion of a source to version toVersion: the citation
 * as its page's revision holds it, what the anchoring found (method, confidence in [0, 1], reason, the passage and
 * words proposed, null when nothing was found), and its status: applied (exact, moved at once), pending, confirmed,
 * corrected, left (on the older version), superseded (a still newer version came) or gone (the page no longer holds
 * the citation).
 */
public record ReviewEntry(long id, String status, String method, double confidence, String reason,
                          OffsetDateTime createdAt, OffsetDateTime decidedAt, String decidedBy, Long appliedRevisionId,
                          String pageSlug, String pageTitle, long revisionId, String fromSlug, int fromVersion,
                          int fromPassage, String fromQuote, String fromExact, String toSlug, int toVersion,
                          Integer proposedPassage, String proposedQuote, String proposedExact) {

    public CitationRef oldRef() {
        return new CitationRef(fromSlug, fromPassage, fromQuote);
    }

    public boolean hasProposal() {
        return proposedPassage != null;
    }

    public CitationRef proposedRef() {
        return hasProposal() ? new CitationRef(toSlug, proposedPassage, proposedQuote) : null;
    }

    public boolean pending() {
        return "pending".equals(status);
    }

    public int confidencePercent() {
        return (int) Math.round(confidence * 100);
    }

    public String pageHref() {
        return "/wiki/" + Titles.encodeSegment(pageSlug);
    }

    public String revisionHref() {
        return pageHref() + "?rev=" + revisionId;
    }

    public String appliedHref() {
        return appliedRevisionId == null ? null : pageHref() + "?rev=" + appliedRevisionId;
    }

    public String oldPassageHref() {
        return SourcePages.passageHref(fromSlug, fromPassage);
    }

    public String proposedPassageHref() {
        return hasProposal() ? SourcePages.passageHref(toSlug, proposedPassage) : null;
    }
}
