package org.sourcewiki.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds where a citation of one version of a source stands in the next version, the way the Hypothesis client
 * anchors a W3C TextQuoteSelector and TextPositionSelector in a changed document (hypothesis/client
 * {@code match-quote.ts}, with the approx-string-match library): the position and quote first, then the quote alone
 * anywhere, then an approximate match of the quote with a bounded number of errors, scored by quote, prefix, suffix
 * and position (weights 50, 20, 20, 2, as Hypothesis weighs them). Pure: no database.
 *
 * <p>Only an exact anchor that nothing else could claim is {@link Anchor#automatic() automatic}: the same words at the
 * same place with the same context, or the same words found once in the new text (and once in the old) with at least
 * half of their context. Everything else, an approximate match included, is a proposal for an editor, never applied
 * silently. All offsets are in Unicode code points of the stored text, as the TextPositionSelector counts them.
 */
public final class Reanchoring {
    /** Most errors an approximate match may have: a third of the quote, at most 256 (Hypothesis allows half). */
    static final int MAX_ERRORS = 256;
    /** Similarity of a context (32 code points each side) that counts as kept: a few characters may differ. */
    static final double CONTEXT_KEPT = 0.8;
    /** Quotes shorter than this (code points) are applied automatically only where they stood, never moved. */
    static final int MOVED_MIN_LENGTH = 12;
    /** A quote shorter than this (in code points) needs its context kept on both sides to move by its words alone. */
    static final int SHORT_QUOTE = 16;
    /** The shortest context each side that can show a quote was changed where it stood. */
    private static final int MIN_CONTEXT = 8;
    private static final int MAX_CANDIDATES = 50;
    /** Context stored each side of a citation, in code points (as {@link CitationResolver} stores it). */
    private static final int CONTEXT = 32;
    private static final double QUOTE_WEIGHT = 50;
    private static final double PREFIX_WEIGHT = 20;
    private static final double SUFFIX_WEIGHT = 20;
    private static final double POSITION_WEIGHT = 2;

    private Reanchoring() {
    }

    /** A passage of the new version: its number and span [start, end) in code points, and its text. */
    public record Passage(int number, int start, int end, String text) {
    }

    /**
     * A citation as stored: the exact words with 32 code points of context each side, their span in the old text, and
     * the editor's quote as written (null when the citation cites its whole passage).
     */
    public record Cited(String exact, String prefix, String suffix, int start, int end, String quote) {
        public boolean wholePassage() {
            return quote == null;
        }
    }

    public enum Method {
        /** The same words at the same offsets, with the same context. */
        POSITION,
        /** The same words elsewhere. */
        QUOTE,
        /** Similar words, within the error bound. */
        FUZZY,
        /** Nothing close enough. */
        NONE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Where the citation lands: the passage, the span in code points of the new text, the words there, and the quote
     * to write in the citation (null for a whole passage); confidence in [0, 1]; automatic when it may be applied
     * without an editor; reason says in a few words why it is or is not (for the review queue).
     */
    public record Anchor(Method method, double confidence, boolean automatic, Integer passage, Integer start,
                         Integer end, String exact, String quote, String reason) {
        static Anchor none(String reason) {
            return new Anchor(Method.NONE, 0, false, null, null, null, null, null, reason);
        }
    }

    /** Re-anchors one citation of oldText in newText, whose passages are given in order. */
    public static Anchor reanchor(Cited cited, String oldText, String newText, List<Passage> passages) {
        if (cited.exact() == null || cited.exact().isEmpty()) {
            return Anchor.none("nothing was quoted");
        }
        CodePoints text = new CodePoints(newText);
        String exact = cited.exact();
        int length = exact.codePointCount(0, exact.length());

        // 1. Same words at the same position, with the same context.
        if (cited.start() + length <= text.length() && text.slice(cited.start(), cited.start() + length).equals(exact)
                && context(text, cited.start(), cited.start() + length, cited) == 1.0) {
            return place(Method.POSITION, 1.0, true, cited.start(), cited.start() + length, text, passages, cited,
                    "same words, same place");
        }

        // 2. The same words anywhere, told apart by their context.
        List<Candidate> exactOnes = new ArrayList<>();
        for (int at : occurrences(newText, exact)) {
            int start = newText.codePointCount(0, at);
            exactOnes.add(candidate(text, start, start + length, 0, length, cited));
        }
        if (!exactOnes.isEmpty()) {
            exactOnes.sort(Comparator.comparingDouble(Candidate::score).reversed());
            Candidate best = exactOnes.get(0);
            boolean automatic;
            String reason;
            boolean shortQuote = length < SHORT_QUOTE;
            if (editedInPlace(newText, cited)) {
                automatic = false;
                reason = "the words were changed where they stood; the same words stand elsewhere";
            } else if (exactOnes.size() == 1) {
                boolean uniqueBefore = occurrences(oldText, exact).size() <= 1;
                boolean contextKept = shortQuote ? Math.min(best.prefix, best.suffix) >= CONTEXT_KEPT
                        : Math.max(best.prefix, best.suffix) >= CONTEXT_KEPT;
                // Length alone is no evidence: a long sentence repeated elsewhere (a lead quoted again in a teaser,
                // a caption) after the original was edited would be taken for it.
                // Words right beside the quote in its own passage that are now quite other words: not the same place.
                boolean ownLineChanged = (!cited.prefix().isEmpty() && !cited.prefix().endsWith("\n") && best.prefix < 0.5)
                        || (!cited.suffix().isEmpty() && !cited.suffix().startsWith("\n") && best.suffix < 0.5);
                // A few characters ("2025 at") are no evidence of the same place once they moved.
                boolean tooShort = length < MOVED_MIN_LENGTH;
                automatic = uniqueBefore && contextKept && !ownLineChanged && !tooShort && sameEdges(text, best, cited);
                reason = automatic ? "same words, moved"
                        : !uniqueBefore ? "the words stood more than once in the older version"
                        : "same words, found once, but their context changed";
            } else {
                Candidate second = exactOnes.get(1);
                // Words that now stand twice are only told apart when they stood once before, their own context is
                // kept on both sides, and no other occurrence keeps either side: a repeated paragraph with a context
                // like the old one was once taken for the original (1 in 14,938 in the benchmark), so nearly alike
                // contexts go to review.
                boolean uniqueBefore = occurrences(oldText, exact).size() <= 1;
                automatic = uniqueBefore
                        && Math.min(best.prefix, best.suffix) >= CONTEXT_KEPT
                        && Math.max(second.prefix, second.suffix) < 0.5
                        && best.contextScore() - second.contextScore() >= 0.25;
                reason = automatic ? "same words, told apart by their context"
                        : "the words stand " + exactOnes.size() + " times and the context does not tell which";
            }
            return place(Method.QUOTE, best.score, automatic, best.start, best.end, text, passages, cited, reason);
        }

        // 3. Approximately the same words, with a bounded number of errors: always for an editor to decide.
        int maxErrors = Math.min(MAX_ERRORS, length / 3);
        if (maxErrors == 0) {
            return Anchor.none("the words are not in the new version");
        }
        List<Candidate> fuzzy = new ArrayList<>();
        for (ApproximateMatch.Match match : ApproximateMatch.search(text.codePoints, exact.codePoints().toArray(),
                maxErrors, MAX_CANDIDATES)) {
            fuzzy.add(candidate(text, match.start(), match.end(), match.errors(), length, cited));
        }
        if (fuzzy.isEmpty()) {
            return Anchor.none("the words are not in the new version, nor anything close");
        }
        Candidate best = fuzzy.stream().max(Comparator.comparingDouble(Candidate::score)).orElseThrow();
        return place(Method.FUZZY, best.score, false, best.start, best.end, text, passages, cited,
                best.errors + " characters differ");
    }

    /**
     * Turns a span of the new text into an anchor in one passage. A span that runs over two passages, or a quote that
     * would be found earlier in its passage than where it stands (a citation names the first occurrence), or a whole
     * passage that is now only part of one, cannot be applied as it is: it becomes a proposal.
     */
    private static Anchor place(Method method, double confidence, boolean automatic, int start, int end,
                                CodePoints text, List<Passage> passages, Cited cited, String reason) {
        Optional<Passage> holder = passages.stream().filter(p -> p.start() <= start && start < p.end()).findFirst();
        if (holder.isEmpty()) {
            return new Anchor(method, confidence, false, null, start, end, text.slice(start, end), null,
                    reason + "; not inside a passage");
        }
        Passage passage = holder.get();
        if (cited.wholePassage()) {
            boolean whole = passage.start() == start && passage.end() == end;
            return new Anchor(method, confidence, automatic && whole, passage.number(), passage.start(), passage.end(),
                    passage.text(), null, whole ? reason : reason + "; the passage was joined to or split from others");
        }
        int clippedEnd = Math.min(end, passage.end());
        String words = text.slice(start, clippedEnd);
        if (clippedEnd < end) {
            return new Anchor(method, confidence, false, passage.number(), start, clippedEnd, words, words,
                    reason + "; the words now run over two passages");
        }
        String quote = quoteFor(passage, start, end, cited.quote(), words);
        if (quote == null) {
            return new Anchor(method, confidence, false, passage.number(), start, end, words, words,
                    reason + "; the same words stand earlier in the passage");
        }
        return new Anchor(method, confidence, automatic, passage.number(), start, end, words, quote, reason);
    }

    /** The quote that finds exactly [start, end) in the passage: the editor's own, else the words; null if neither. */
    private static String quoteFor(Passage passage, int start, int end, String editorQuote, String words) {
        for (String quote : new String[] {editorQuote, words}) {
            Optional<QuoteMatcher.Range> range = QuoteMatcher.find(passage.text(), quote);
            if (range.isPresent()) {
                int from = passage.start() + passage.text().codePointCount(0, range.get().start());
                int to = passage.start() + passage.text().codePointCount(0, range.get().end());
                if (from == start && to == end) {
                    return quote;
                }
            }
        }
        return null;
    }

    private record Candidate(int start, int end, int errors, double quote, double prefix, double suffix,
                             double position, double score) {
        double contextScore() {
            return (prefix + suffix) / 2;
        }
    }

    private static Candidate candidate(CodePoints text, int start, int end, int errors, int length, Cited cited) {
        double quote = 1.0 - (double) errors / length;
        // The context is compared at its full length: a short or empty one (the quote stood at the start or the end
        // of the text) matches only a quote at the start or end again.
        double prefix = similarity(cited.prefix(), text.slice(Math.max(0, start - CONTEXT), start));
        double suffix = similarity(cited.suffix(), text.slice(end, Math.min(text.length(), end + CONTEXT)));
        double position = 1.0 - Math.min(1.0, (double) Math.abs(start - cited.start()) / Math.max(1, text.length()));
        double score = (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position)
                / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
        return new Candidate(start, end, errors, quote, prefix, suffix, position, score);
    }

    /**
     * Whether the quote's old context still stands in the new text, both sides, around other words much like the
     * quote (at least half the same, by edit distance): the quote was edited in place, so the same words found elsewhere are not it (a copy, a teaser, a repeated line).
     */
    static boolean editedInPlace(String newText, Cited cited) {
        return editedWords(newText, cited) != null;
    }

    /** The words that stand between the quote's old context in place of the quote, or null (see editedInPlace). */
    static String editedWords(String newText, Cited cited) {
        String prefix = cited.prefix();
        String suffix = cited.suffix();
        boolean atStart = cited.start() == 0 && prefix.isEmpty();
        boolean atEnd = suffix.isEmpty();
        if ((prefix.length() < MIN_CONTEXT && !atStart) || (suffix.length() < MIN_CONTEXT && !atEnd)) {
            return null;
        }
        int slack = 2 * cited.exact().length() + 32;
        List<Integer> starts = atStart ? List.of(0) : occurrences(newText, prefix);
        for (int at : starts) {
            int from = at + prefix.length();
            int end = atEnd ? newText.length() : newText.indexOf(suffix, from);
            if (end >= 0 && end - from <= slack) {
                String between = newText.substring(from, end);
                // Words like the quote between its old context: edited there. Nothing there: moved away. The quote
                // itself there, with a paragraph inserted beside it: not edited.
                if (!standsWhole(between, cited)) {
                    // A paragraph may have been inserted beside the edited words: each line is weighed on its own.
                    for (String line : between.split("\n")) {
                        if (similarity(cited.exact(), line) >= 0.5) {
                            return between;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether words that began (or ended) a line when cited still begin (or end) one where they were found: a whole
     * line found inside a longer one (a caption or a copyright line run into a teaser) is other text.
     */
    private static boolean sameEdges(CodePoints text, Candidate found, Cited cited) {
        boolean startedLine = cited.start() == 0 || cited.prefix().endsWith("\n");
        boolean endedLine = cited.suffix().isEmpty() || cited.suffix().startsWith("\n");
        boolean startsLine = found.start == 0 || text.slice(found.start - 1, found.start).equals("\n");
        boolean endsLine = found.end == text.length() || text.slice(found.end, found.end + 1).equals("\n");
        return (!startedLine || startsLine) && (!endedLine || endsLine);
    }

    /**
     * Whether the quote stands in these words (found between its old context) as it stood: right after its old
     * prefix and right before its old suffix, or, where it began or ended a passage, with whole paragraphs inserted
     * on that side; never run into other words.
     */
    private static boolean standsWhole(String words, Cited cited) {
        String exact = cited.exact();
        boolean startsLine = cited.prefix().endsWith("\n");
        boolean endsLine = cited.suffix().startsWith("\n");
        for (int at : occurrences(words, exact)) {
            int end = at + exact.length();
            boolean startOk = at == 0 || (startsLine && words.charAt(at - 1) == '\n');
            boolean endOk = end == words.length() || (endsLine && words.charAt(end) == '\n');
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** 1.0 when the context each side is the same as when cited, else the mean similarity of the two sides. */
    private static double context(CodePoints text, int start, int end, Cited cited) {
        Candidate c = candidate(text, start, end, 0, Math.max(1, end - start), cited);
        return (c.prefix + c.suffix) / 2;
    }

    /** 1 − edit distance / length, by commons-text's Levenshtein distance; two empty contexts are the same. */
    static double similarity(String expected, String actual) {
        int longest = Math.max(expected.length(), actual.length());
        if (longest == 0) {
            return 1.0;
        }
        int distance = LevenshteinDistance.getDefaultInstance().apply(expected, actual);
        return 1.0 - (double) distance / longest;
    }

    /** Char indexes of every occurrence of words in text (overlapping ones too), at most MAX_CANDIDATES. */
    static List<Integer> occurrences(String text, String words) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(words); at >= 0 && found.size() < MAX_CANDIDATES; at = text.indexOf(words, at + 1)) {
            found.add(at);
        }
        return found;
    }

    /** A text as code points, sliced by code point offsets. */
    private static final class CodePoints {
        final int[] codePoints;

        CodePoints(String text) {
            this.codePoints = text.codePoints().toArray();
        }

        int length() {
            return codePoints.length;
        }

        String slice(int from, int to) {
            int start = Math.max(0, Math.min(from, codePoints.length));
            int end = Math.max(start, Math.min(to, codePoints.length));
            return new String(codePoints, start, end - start);
        }
    }
}
