package org.sourcewiki.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    public static Optional<Range> find(String passage, String quote) {
        Folded text = fold(passage);
        Folded wanted = fold(quote);
        if (wanted.text.isEmpty()) {
            return Optional.empty();
        }
        int at = text.text.indexOf(wanted.text);
        if (at < 0) {
            return Optional.empty();
        }
        int start = text.origin.get(at);
        int end = text.originEnd.get(at + wanted.text.length() - 1);
        return Optional.of(new Range(start, end));
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
