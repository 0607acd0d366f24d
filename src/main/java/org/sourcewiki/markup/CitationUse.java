package org.sourcewiki.markup;

import org.sourcewiki.citation.CitationRef;

/** A citation as it appears in a body, in reading order: a reference, or a bracket that could not be read. */
public record CitationUse(String raw, CitationRef ref, String syntaxError) {
}
