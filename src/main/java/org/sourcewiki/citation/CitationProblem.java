package org.sourcewiki.citation;

/** A citation that cannot be saved: what the editor wrote and a message key saying why. */
public record CitationProblem(String written, String messageKey) {
}
