package org.sourcewiki.citation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcewiki.markup.WikiMarkup;

/**
 * Moves citations in a page body: every bracket holding a citation to move is written again with the new citation
 * in its place (the others in that bracket as they read, {@link CitationRef#key()}); nothing else of the body changes.
 * Brackets in code are left alone, as the renderer leaves them. Pure.
 */
public final class CitationRewrite {
    private CitationRewrite() {
    }

    /** The body with each citation that is a key of moves replaced by its value; the same body when none is there. */
    public static String replace(String body, Map<CitationRef, CitationRef> moves) {
        List<CitationSyntax.Found> brackets = WikiMarkup.citationBrackets(body);
        StringBuilder out = new StringBuilder(body);
        for (int i = brackets.size() - 1; i >= 0; i--) {
            CitationSyntax.Found found = brackets.get(i);
            if (found.error() != null || found.refs().stream().noneMatch(moves::containsKey)) {
                continue;
            }
            StringBuilder bracket = new StringBuilder("[");
            for (CitationRef ref : found.refs()) {
                if (bracket.length() > 1) {
                    bracket.append("; ");
                }
                bracket.append(moves.getOrDefault(ref, ref).key());
            }
            out.replace(found.start(), found.end(), bracket.append(']').toString());
        }
        return out.toString();
    }

    /**
     * The citation as it would be written, when it reads back as itself; empty when its quote holds what would end
     * it early (a quotation mark followed by "]"), so it cannot be written as is.
     */
    public static Optional<CitationRef> writable(CitationRef ref) {
        if (ref.quote() != null && ref.quote().codePoints().anyMatch(CitationRewrite::unwritable)) {
            // A line break would cut a field value's line in two, a control or bidi character hide or reorder text:
            // such words are refused here, as the edit form refuses them.
            return Optional.empty();
        }
        try {
            List<CitationRef> read = CitationSyntax.parse(ref.key());
            return read.size() == 1 && read.get(0).equals(ref) ? Optional.of(ref) : Optional.empty();
        } catch (CitationSyntax.SyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean unwritable(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
