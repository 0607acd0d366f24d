package org.sourcewiki.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the inside of a citation bracket: one or more "@source#pN" items, each optionally followed by a quote in
 * straight or typographic quotation marks, separated by semicolons. Pure: no database, no CommonMark.
 */
public final class CitationSyntax {
    private CitationSyntax() {
    }

    public static final class SyntaxException extends Exception {
        public SyntaxException(String message) {
            super(message);
        }
    }

    public static boolean looksLikeCitation(String inner) {
        return inner.stripLeading().startsWith("@");
    }

    public static List<CitationRef> parse(String inner) throws SyntaxException {
        List<CitationRef> refs = new ArrayList<>();
        int i = 0;
        int n = inner.length();
        while (true) {
            i = skipSpace(inner, i);
            if (i >= n || inner.charAt(i) != '@') {
                throw new SyntaxException("expected @source#pN");
            }
            int slugStart = ++i;
            while (i < n && (Character.isLetterOrDigit(inner.charAt(i)) || inner.charAt(i) == '-')) {
                i++;
            }
            String slug = inner.substring(slugStart, i);
            if (slug.isEmpty()) {
                throw new SyntaxException("a source slug must follow @");
            }
            if (!inner.startsWith("#p", i)) {
                throw new SyntaxException("expected #p and a passage number after @" + slug);
            }
            i += 2;
            int numberStart = i;
            while (i < n && Character.isDigit(inner.charAt(i))) {
                i++;
            }
            if (i == numberStart || i - numberStart > 6) {
                throw new SyntaxException("expected a passage number after @" + slug + "#p");
            }
            int passage = Integer.parseInt(inner.substring(numberStart, i));
            int afterNumber = i;
            i = skipSpace(inner, i);
            String quote = null;
            if (i < n && isOpeningQuote(inner.charAt(i))) {
                char close = closingQuote(inner.charAt(i));
                int end = inner.indexOf(close, i + 1);
                if (end < 0) {
                    throw new SyntaxException("the quote after @" + slug + "#p" + passage + " is not closed");
                }
                quote = inner.substring(i + 1, end).strip();
                if (quote.isEmpty()) {
                    throw new SyntaxException("the quote after @" + slug + "#p" + passage + " is empty");
                }
                i = skipSpace(inner, end + 1);
            } else if (i == afterNumber && i < n && inner.charAt(i) != ';') {
                throw new SyntaxException("unexpected text after @" + slug + "#p" + passage);
            }
            refs.add(new CitationRef(slug, passage, quote));
            if (i >= n) {
                return refs;
            }
            if (inner.charAt(i) != ';') {
                throw new SyntaxException("expected ; between citations, or a quote in quotation marks");
            }
            i++;
        }
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“' || c == '«' || c == '„';
    }

    private static char closingQuote(char open) {
        return switch (open) {
            case '“', '„' -> '”';
            case '«' -> '»';
            default -> '"';
        };
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
            i++;
        }
        return i;
    }
}
