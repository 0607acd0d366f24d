package org.sourcewiki.markup;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Paragraphs that make a claim and cite nothing, for the gentle nudge of the preview. The rule, kept plain so an
 * editor can predict it: a claim is a paragraph of prose standing at the top level of the body (not a heading, a
 * list item, a table, a quotation or code) with at least {@link #MIN_WORDS} words outside links; it is uncited when
 * it holds no citation bracket at all (a citation with an error still counts as an attempt to cite). A line of links
 * ("See also [[A]], [[B]]") is therefore never a claim.
 */
public final class UncitedClaims {
    /** Words (runs of letters and digits) outside links that make a paragraph a claim. */
    public static final int MIN_WORDS = 6;

    private UncitedClaims() {
    }

    /** The plain text of each uncited claim of a parsed body, in reading order. */
    static List<String> of(Node document) {
        List<String> claims = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph paragraph && !cites(paragraph) && wordsOutsideLinks(paragraph) >= MIN_WORDS) {
                claims.add(PlainText.of(paragraph).strip());
            }
        }
        return List.copyOf(claims);
    }

    private static boolean cites(Node paragraph) {
        boolean[] found = {false};
        paragraph.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof CitationNode) {
                    found[0] = true;
                }
                visitChildren(node);
            }
        });
        return found[0];
    }

    private static int wordsOutsideLinks(Node paragraph) {
        int[] words = {0};
        paragraph.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                words[0] += count(text.getLiteral());
            }

            @Override
            public void visit(Link link) {
                // The words of a link's label name a page or an address; they claim nothing by themselves.
            }

            @Override
            public void visit(CustomNode node) {
                if (!(node instanceof WikiLink)) {
                    visitChildren(node);
                }
            }
        });
        return words[0];
    }

    /** Runs of letters and digits (marks included, so "Goïta" in NFD is one word). */
    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(c);
        }
        return words;
    }
}
