package org.sourcewiki.citation;

/** One citation as written: [@source#pN] or [@source#pN "exact words"]; quote is null for a whole passage. */
public record CitationRef(String sourceSlug, int passage, String quote) {
    /** How the citation reads in markup; also the identity of a note (same key, same note). */
    public String key() {
        return "@" + sourceSlug + "#p" + passage + (quote == null ? "" : " \"" + quote + "\"");
    }
}
