package org.sourcewiki.citation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted words in a passage, ignoring differences of white space (kind and amount, and spaces inside
 * quotation marks, as French typography puts them) and of typographic versus straight apostrophes and quotation
 * marks. Returns the matched range in the passage's own characters, so the stored exact text is as published.
 */
public final class QuoteMatcher {
    private QuoteMatcher() {
    }

    /** A range of chars [start, end) in the passage text. */
    public record Range(int start, int end) {
    }

    /** Words in square brackets: an editor's words in a quote ("[…]" leaves words out). */
    private static final Pattern EDITORIAL = Pattern.compile("\\[([^\\[\\]]*)\\]");
    /** How many passage chars an editor's words in brackets may stand for ("[il]" for "le ministre des affaires"). */
    private static final int REPLACED_CHARS = 80;

    /**
     * Where the quote stands in the passage. Both are compared in Unicode NFC, so canonically equivalent text
     * matches (an "ï" typed as "i" and a combining diaeresis is an "ï"). Square brackets are read as news quotes use
     * them (Chicago Manual of Style 13.60–13.61): when the quote is not found as written, words in brackets stand
     * for up to 80 chars of the passage, or none ("la force [conjointe] serait" matches "la force serait" and "la
     * force unifiée serait"), and "[…]" or "[...]" for any words left out.
     */
    public static Optional<Range> find(String passage, String quote) {
        // Passages are stored in NFC (the importer normalises them), so the range found is in the passage's own chars.
        Folded text = fold(passage);
        Folded wanted = fold(Normalizer.normalize(quote, Normalizer.Form.NFC));
        if (wanted.text.isEmpty()) {
            return Optional.empty();
        }
        int at = text.text.indexOf(wanted.text);
        if (at >= 0) {
            return Optional.of(new Range(text.origin.get(at), text.originEnd.get(at + wanted.text.length() - 1)));
        }
        Matcher brackets = EDITORIAL.matcher(wanted.text);
        if (!brackets.find()) {
            return Optional.empty();
        }
        StringBuilder pattern = new StringBuilder();
        int last = 0;
        brackets.reset();
        while (brackets.find()) {
            pattern.append(Pattern.quote(wanted.text.substring(last, brackets.start()).strip()));
            String inside = brackets.group(1).strip();
            boolean omission = inside.equals("…") || inside.equals("...");
            pattern.append("\\s?(?:.").append(omission ? "*?" : "{0," + REPLACED_CHARS + "}?").append(")\\s?");
            last = brackets.end();
        }
        pattern.append(Pattern.quote(wanted.text.substring(last).strip()));
        Matcher match = Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(text.text);
        if (!match.find() || match.end() == match.start()) {
            return Optional.empty();
        }
        return Optional.of(new Range(text.origin.get(match.start()), text.originEnd.get(match.end() - 1)));
    }

    private record Folded(String text, List<Integer> origin, List<Integer> originEnd) {
    }

    /** Folded text with, for each folded char, where it started and ended in the original. */
    static Folded fold(String original) {
        StringBuilder out = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        List<Integer> originEnd = new ArrayList<>();
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < original.length() && isSpace(original.charAt(j))) {
                    j++;
                }
                boolean besideQuote = (out.length() > 0 && out.charAt(out.length() - 1) == '"')
                        || (j < original.length() && foldChar(original.charAt(j)) == '"');
                if (out.length() > 0 && j < original.length() && !besideQuote) {
                    out.append(' ');
                    origin.add(i);
                    originEnd.add(j);
                }
                i = j;
                continue;
            }
            out.append(foldChar(c));
            origin.add(i);
            originEnd.add(i + 1);
            i++;
        }
        return new Folded(out.toString(), origin, originEnd);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static char foldChar(char c) {
        return switch (c) {
            case '’', '‘', 'ʼ', '′', '`', '´' -> '\'';
            case '“', '”', '«', '»', '„', '″' -> '"';
            default -> c;
        };
    }
}
