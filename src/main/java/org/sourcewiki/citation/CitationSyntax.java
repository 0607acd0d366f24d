package org.sourcewiki.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads citation brackets in a page body: "[@source#pN]", "[@source#pN "exact words"]" and "[@a#p1; @b#p2]". Each
 * quote may use straight or typographic quotation marks (" “ ” « » „) and may contain any character, square brackets,
 * semicolons and quotation marks included: a quote ends at the first closing quotation mark that is followed (after
 * optional white space) by "]" or by ";" and another "@". Pure: no database, no CommonMark.
 *
 * <p>A bracket starts a citation when "[" (not escaped by a backslash) is followed by optional spaces and "@"; such a
 * bracket is always either read or reported with the reason, never left as plain text.
 */
public final class CitationSyntax {
    /** The longest quote looked for, in chars: bounds the work on a body full of unclosed quotes. */
    public static final int MAX_QUOTE_CHARS = 2000;
    private static final String CLOSING_QUOTES = "\"”»“";

    private CitationSyntax() {
    }

    public static final class SyntaxException extends Exception {
        public SyntaxException(String message) {
            super(message);
        }
    }

    /**
     * A citation bracket found in a text: chars [start, end) of the text, and its citations, or why it cannot be
     * read (refs then empty).
     */
    public record Found(int start, int end, List<CitationRef> refs, String error) {
    }

    public static boolean looksLikeCitation(String inner) {
        return inner.stripLeading().startsWith("@");
    }

    /** Whether a citation bracket starts at text[i]: an unescaped "[" followed by optional spaces and "@". */
    public static boolean startsAt(String text, int i) {
        if (i >= text.length() || text.charAt(i) != '[') {
            return false;
        }
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        if (backslashes % 2 == 1) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && isHorizontalSpace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '@';
    }

    /** Every citation bracket of a text, in order; chars where skip is true cannot start one (code, for instance). */
    public static List<Found> findAll(String text, boolean[] skip) {
        List<Found> found = new ArrayList<>();
        int i = text.indexOf('[');
        int[] closings = null;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        while (i >= 0) {
            if ((skip == null || !skip[i]) && startsAt(text, i)) {
                if (i >= paragraphEnd || i < paragraphStart) {
                    // Found once per paragraph, not once per citation: a paragraph of many citations stays linear.
                    paragraphStart = i;
                    paragraphEnd = paragraphEnd(text, i);
                }
                if (closings == null) {
                    closings = closings(text);
                }
                Found citation = read(text, i, paragraphEnd, closings);
                found.add(citation);
                i = text.indexOf('[', citation.end());
            } else {
                i = text.indexOf('[', i + 1);
            }
        }
        return found;
    }

    /** Reads the citation bracket that starts at text[start] (see {@link #startsAt}). */
    public static Found read(String text, int start) {
        return read(text, start, paragraphEnd(text, start), null);
    }

    /**
     * As {@link #read(String, int)}, the paragraph holding text[start] known to end at limit, and, when closings is
     * not null, where the next possible end of a quote is from each char (see {@link #closings}).
     */
    private static Found read(String text, int start, int limit, int[] closings) {
        int i = start + 1;
        List<CitationRef> refs = new ArrayList<>();
        while (true) {
            i = skipSpace(text, i, limit);
            if (i >= limit || text.charAt(i) != '@') {
                return failure(text, start, i, limit, "expected @source#pN");
            }
            int slugStart = ++i;
            while (i < limit && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            String slug = text.substring(slugStart, i);
            if (slug.isEmpty()) {
                return failure(text, start, i, limit, "a source slug must follow @");
            }
            if (!text.startsWith("#p", i) || i + 2 > limit) {
                return failure(text, start, i, limit, "expected #p and a passage number after @" + slug);
            }
            i += 2;
            int numberStart = i;
            while (i < limit && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == numberStart || i - numberStart > 6) {
                return failure(text, start, i, limit, "expected a passage number after @" + slug + "#p");
            }
            int passage = Integer.parseInt(text.substring(numberStart, i));
            int afterNumber = i;
            i = skipSpace(text, i, limit);
            String quote = null;
            if (i < limit && isOpeningQuote(text.charAt(i))) {
                int quoteLimit = Math.min(limit, i + 1 + MAX_QUOTE_CHARS);
                int close = closings == null ? closingQuote(text, i + 1, quoteLimit)
                        : i + 1 < text.length() && closings[i + 1] >= 0 && closings[i + 1] < quoteLimit ? closings[i + 1] : -1;
                if (close < 0) {
                    int end = text.indexOf(']', i);
                    return new Found(start, end < 0 || end >= limit ? limit : end + 1, List.of(),
                            "the quote after @" + slug + "#p" + passage + " is not closed");
                }
                quote = text.substring(i + 1, close).strip();
                if (quote.isEmpty()) {
                    return failure(text, start, close + 1, limit, "the quote after @" + slug + "#p" + passage + " is empty");
                }
                i = skipSpace(text, close + 1, limit);
            } else if (i == afterNumber && i < limit && text.charAt(i) != ';' && text.charAt(i) != ']') {
                return failure(text, start, i, limit, "unexpected text after @" + slug + "#p" + passage);
            }
            refs.add(new CitationRef(slug, passage, quote));
            if (i < limit && text.charAt(i) == ']') {
                return new Found(start, i + 1, List.copyOf(refs), null);
            }
            if (i >= limit || text.charAt(i) != ';') {
                return failure(text, start, i, limit, "expected ; between citations, or a quote in quotation marks");
            }
            i++;
        }
    }

    /** Reads the inside of a bracket, as in [inside]: the whole of it must be citations. */
    public static List<CitationRef> parse(String inner) throws SyntaxException {
        String text = "[" + inner + "]";
        Found found = read(text, 0);
        if (found.error() != null) {
            throw new SyntaxException(found.error());
        }
        if (found.end() != text.length()) {
            throw new SyntaxException("unexpected text after the citation");
        }
        return found.refs();
    }

    /** A failure at i: the bracket is taken to run to the next "]" (or the end of the line), so it can be named. */
    private static Found failure(String text, int start, int i, int limit, String error) {
        int close = text.indexOf(']', Math.min(i, limit));
        int line = text.indexOf('\n', Math.min(i, limit));
        int end = limit;
        if (close >= 0 && close < limit && (line < 0 || close < line)) {
            end = close + 1;
        } else if (line >= 0 && line < limit) {
            end = line;
        }
        return new Found(start, Math.max(end, Math.min(i, limit)), List.of(), error);
    }

    /**
     * For each char of the text, the first closing quotation mark at or after it that is followed by "]" or by ";"
     * and "@", or -1: one pass from the end, so that finding the ends of all quotes of a body costs O(length).
     */
    private static int[] closings(String text) {
        int n = text.length();
        int[] next = new int[n];
        int[] nonSpace = new int[n + 1];
        nonSpace[n] = n;
        int following = -1;
        for (int j = n - 1; j >= 0; j--) {
            char c = text.charAt(j);
            nonSpace[j] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? nonSpace[j + 1] : j;
            if (CLOSING_QUOTES.indexOf(c) >= 0) {
                int k = nonSpace[j + 1];
                if (k < n && (text.charAt(k) == ']'
                        || text.charAt(k) == ';' && nonSpace[k + 1] < n && text.charAt(nonSpace[k + 1]) == '@')) {
                    following = j;
                }
            }
            next[j] = following;
        }
        return next;
    }

    /** The first closing quotation mark in [from, limit) followed by "]" or by ";" and "@", or -1. */
    private static int closingQuote(String text, int from, int limit) {
        for (int j = from; j < limit; j++) {
            if (CLOSING_QUOTES.indexOf(text.charAt(j)) < 0) {
                continue;
            }
            int k = skipSpace(text, j + 1, limit);
            if (k < limit && text.charAt(k) == ']') {
                return j;
            }
            if (k < limit && text.charAt(k) == ';') {
                int m = skipSpace(text, k + 1, limit);
                if (m < limit && text.charAt(m) == '@') {
                    return j;
                }
            }
        }
        return -1;
    }

    /** Where the paragraph holding text[start] ends: at a blank line, or at the end of the text. */
    private static int paragraphEnd(String text, int start) {
        int i = text.indexOf('\n', start);
        while (i >= 0) {
            int j = i + 1;
            while (j < text.length() && isHorizontalSpace(text.charAt(j))) {
                j++;
            }
            if (j >= text.length() || text.charAt(j) == '\n') {
                return i;
            }
            i = text.indexOf('\n', j);
        }
        return text.length();
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“' || c == '«' || c == '„';
    }

    private static boolean isHorizontalSpace(char c) {
        return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static int skipSpace(String text, int i, int limit) {
        while (i < limit && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
            i++;
        }
        return i;
    }
}
