package org.sourcewiki.markup;

import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * What a reader sees of a parsed body, as plain text: the words of paragraphs, headings, lists, tables and code,
 * link labels without their addresses, and no citation brackets. A citation leaves no space before punctuation
 * ("du Mali [@a#p1]." reads "du Mali."). Blocks are separated by a new line.
 */
final class PlainText {
    private static final char CITATION = '\uE00F';
    private static final Pattern CITATION_BEFORE_PUNCTUATION =
            Pattern.compile("[\\h]*" + CITATION + "+(?=[\\p{Po}\\p{Pe}\\p{Pf}]|\\s|$)");
    private static final Pattern CITATION_BETWEEN_WORDS = Pattern.compile("[\\h]*" + CITATION + "+[\\h]*");

    private PlainText() {
    }

    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(HtmlInline html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                block(html.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                block(code.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                block(code.getLiteral());
            }

            @Override
            public void visit(CustomBlock block) {
                newLine();
                visitChildren(block);
                newLine();
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof WikiLink link) {
                    out.append(link.label());
                } else if (node instanceof BrokenWikiLink broken) {
                    out.append(broken.raw());
                } else if (node instanceof CitationNode) {
                    out.append(CITATION);
                } else if (node instanceof TableCell) {
                    out.append(' ');
                    visitChildren(node);
                    out.append(' ');
                } else {
                    visitChildren(node);
                }
            }

            @Override
            protected void visitChildren(Node parent) {
                boolean block = parent instanceof Block;
                if (block) {
                    newLine();
                }
                super.visitChildren(parent);
                if (block) {
                    newLine();
                }
            }

            private void block(String literal) {
                newLine();
                out.append(literal.strip());
                newLine();
            }

            private void newLine() {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        });
        String text = CITATION_BEFORE_PUNCTUATION.matcher(out).replaceAll("");
        text = CITATION_BETWEEN_WORDS.matcher(text).replaceAll(" ");
        return text.replaceAll("[\\h]+\n", "\n").replaceAll("\n{2,}", "\n").strip();
    }
}
