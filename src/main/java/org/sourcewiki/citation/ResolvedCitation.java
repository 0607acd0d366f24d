package org.sourcewiki.citation;

/** A citation checked against its source: where it points, with the W3C selectors to find it again. */
public record ResolvedCitation(CitationRef ref, long sourceId, String sourceSlug, String sourceTextSha256,
                               int passageNumber, String exact, String prefix, String suffix, int start, int end) {
}
