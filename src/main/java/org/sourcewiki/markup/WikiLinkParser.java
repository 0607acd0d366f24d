package org.sourcewiki.markup;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.sourcewiki.page.Titles;

/**
 * Turns [[Title]] and [[Title|label]] into wiki links. CommonMark offers the inner bracket pair, [Title], as a
 * possible link; it is a wiki link when a "[" stands right before it and a "]" right after it. The outer brackets
 * are then consumed: the closing one by moving past it, the opening one by emptying its text node (it stays on
 * CommonMark's bracket stack, so it must not be removed from the tree).
 */
final class WikiLinkParser implements LinkProcessor {
    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.marker() != null || info.destination() != null || info.label() != null) {
            return LinkResult.none();
        }
        Node before = info.openingBracket().getPrevious();
        if (!(before instanceof Text outer) || !outer.getLiteral().endsWith("[") || scanner.peek() != ']') {
            return LinkResult.none();
        }
        String inner = info.text(scanner);
        if (inner.indexOf('[') >= 0 || inner.indexOf(']') >= 0 || inner.indexOf('\n') >= 0) {
            return LinkResult.none();
        }
        int bar = inner.indexOf('|');
        String title = Titles.normalise(bar < 0 ? inner : inner.substring(0, bar));
        String label = bar < 0 ? "" : inner.substring(bar + 1).strip();
        if (!Titles.isValid(title)) {
            return LinkResult.none();
        }
        scanner.next();
        String literal = outer.getLiteral();
        outer.setLiteral(literal.substring(0, literal.length() - 1));
        return LinkResult.replaceWith(new WikiLink(title, label.isEmpty() ? title : label), scanner.position());
    }
}
