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
 * Turns [[Title]], [[Title|label]], [[Title#Section]] and [[#Section]] into wiki links. CommonMark offers the inner
 * bracket pair, [Title], as a possible link; it is a wiki link when a "[" stands right before it and a "]" right
 * after it. The outer brackets are then consumed: the closing one by moving past it, the opening one by emptying its
 * text node (it stays on CommonMark's bracket stack, so it must not be removed from the tree). Something written as
 * a wiki link whose title cannot be a page's becomes a {@link BrokenWikiLink}, shown as written and refused at save.
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
        String target = bar < 0 ? inner : inner.substring(0, bar);
        if (Placeholders.contains(target)) {
            // A citation inside what would be the title: the brackets stay text, the citation is read.
            return LinkResult.none();
        }
        String label = bar < 0 ? "" : inner.substring(bar + 1).strip();
        int hash = target.indexOf('#');
        String title = Titles.normalise(hash < 0 ? target : target.substring(0, hash));
        String anchor = hash < 0 ? null : Anchors.of(target.substring(hash + 1));
        if (anchor != null && anchor.isEmpty()) {
            anchor = null;
        }
        Node link;
        if (title.isEmpty() && anchor == null) {
            link = new BrokenWikiLink("[[" + inner + "]]", "link.empty");
        } else if (!title.isEmpty() && !Titles.isValid(title)) {
            link = new BrokenWikiLink("[[" + inner + "]]", "link.invalidTitle");
        } else {
            String shown = title.isEmpty() ? "#" + target.substring(hash + 1).strip()
                    : anchor == null ? title : title + "#" + target.substring(hash + 1).strip();
            link = new WikiLink(title, anchor, label.isEmpty() ? shown : label);
        }
        scanner.next();
        String literal = outer.getLiteral();
        outer.setLiteral(literal.substring(0, literal.length() - 1));
        return LinkResult.replaceWith(link, scanner.position());
    }
}
