package org.sourcewiki.markup;

import java.util.List;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.sourcewiki.citation.CitationSyntax;

/**
 * Turns [@source#pN], [@source#pN "exact words"] and [@a#p1; @b#p2] into citation nodes. A bracket that starts
 * with @ but cannot be read still becomes a node, carrying the reason, so that saving refuses it instead of
 * keeping it as plain text.
 */
final class CitationParser implements LinkProcessor {
    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.marker() != null || info.destination() != null || info.label() != null) {
            return LinkResult.none();
        }
        String inner = info.text(scanner);
        if (!CitationSyntax.looksLikeCitation(inner)) {
            return LinkResult.none();
        }
        String raw = "[" + inner + "]";
        try {
            return LinkResult.replaceWith(new CitationNode(raw, CitationSyntax.parse(inner), null), scanner.position());
        } catch (CitationSyntax.SyntaxException e) {
            return LinkResult.replaceWith(new CitationNode(raw, List.of(), e.getMessage()), scanner.position());
        }
    }
}
