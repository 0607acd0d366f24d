package org.sourcewiki.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Differences of two page bodies as escaped HTML (for a white-space: pre-wrap box), paragraphs first, as MediaWiki's
 * wikidiff2 does: the bodies are compared paragraph by paragraph (line by line, see {@link #blocks}), and words are
 * compared only inside a changed paragraph paired with a similar one. A paragraph found removed in one place and
 * added unchanged in another is shown as moved (del and ins with class "diff-moved"), never as word changes
 * between unrelated paragraphs; other removed and added paragraphs are shown whole.
 *
 * <p>The cost is bounded whatever the sizes: the common start and end are skipped first; past {@link #MAX_BLOCKS}
 * differing paragraphs the differing part is shown as removed and added whole; a pair of paragraphs is compared word
 * by word only below {@link #MAX_PAIR_TOKENS} tokens together, and all word comparisons of one diff stop at
 * {@link #MAX_TOKENS} tokens (later changed pairs are shown removed and added whole). Myers' algorithm costs
 * O((N+M)·D) time (in linear space), so these bounds bound the work.
 */
public final class BodyDiff {
    /** Paragraphs (both sides together) compared by Myers' algorithm after the common start and end. */
    public static final int MAX_BLOCKS = 5000;
    /** Tokens (both sides together) of one paragraph pair compared word by word. */
    public static final int MAX_PAIR_TOKENS = 6000;
    /** Tokens compared word by word in one diff, all pairs together. */
    public static final int MAX_TOKENS = 60_000;
    /** Paragraph pairs weighed for similarity in one changed run, at most. */
    private static final int MAX_PAIRINGS = 10_000;
    /** Chars weighed for similarity in one changed run (each removed paragraph against all added ones), at most. */
    private static final long MAX_PAIRING_CHARS = 4_000_000;
    /** Share of words two paragraphs have in common (Dice coefficient) to be compared word by word. */
    private static final double SIMILAR = 0.5;

    private BodyDiff() {
    }

    /** The HTML, and how much work it took: tokens compared word by word, and whether a bound was reached. */
    public record Result(String html, long tokensCompared, boolean fellBack) {
    }

    public static String html(String before, String after) {
        return diff(before, after).html();
    }

    public static Result diff(String before, String after) {
        List<String> old = blocks(before);
        List<String> now = blocks(after);
        Work work = new Work();
        List<String> out = new ArrayList<>();
        int prefix = 0;
        while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < now.size() - prefix
                && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
            suffix++;
        }
        for (int i = 0; i < prefix; i++) {
            out.add(escape(old.get(i)));
        }
        List<String> oldMiddle = old.subList(prefix, old.size() - suffix);
        List<String> newMiddle = now.subList(prefix, now.size() - suffix);
        if (oldMiddle.size() + newMiddle.size() > MAX_BLOCKS) {
            work.fellBack = true;
            oldMiddle.forEach(block -> out.add(whole("del", block, false)));
            newMiddle.forEach(block -> out.add(whole("ins", block, false)));
        } else {
            middle(oldMiddle, newMiddle, out, work);
        }
        for (int i = old.size() - suffix; i < old.size(); i++) {
            out.add(escape(old.get(i)));
        }
        return new Result(String.join("\n", out), work.tokens, work.fellBack);
    }

    private static final class Work {
        long tokens;
        boolean fellBack;
    }

    private static void middle(List<String> old, List<String> now, List<String> out, Work work) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(old, now, new MyersDiffWithLinearSpace<String>()).getDeltas();
        // Paragraphs removed in one place and added unchanged in another: moved.
        Map<String, Integer> removed = new HashMap<>();
        Set<String> added = new HashSet<>();
        for (AbstractDelta<String> delta : deltas) {
            delta.getSource().getLines().forEach(block -> removed.merge(block, 1, Integer::sum));
            added.addAll(delta.getTarget().getLines());
        }
        Set<String> moved = new HashSet<>();
        removed.keySet().stream().filter(block -> !block.isBlank() && added.contains(block)).forEach(moved::add);
        int position = 0;
        for (int d = 0; d < deltas.size(); ) {
            // Adjacent deltas (a deletion right before an insertion, say) are one changed run.
            int start = deltas.get(d).getSource().getPosition();
            List<String> removedRun = new ArrayList<>();
            List<String> addedRun = new ArrayList<>();
            int end = start;
            while (d < deltas.size() && deltas.get(d).getSource().getPosition() == end) {
                removedRun.addAll(deltas.get(d).getSource().getLines());
                addedRun.addAll(deltas.get(d).getTarget().getLines());
                end += deltas.get(d).getSource().size();
                d++;
            }
            for (int i = position; i < start; i++) {
                out.add(escape(old.get(i)));
            }
            changed(removedRun, addedRun, moved, out, work);
            position = end;
        }
        for (int i = position; i < old.size(); i++) {
            out.add(escape(old.get(i)));
        }
    }

    /** A run of removed paragraphs and the run added in their place: similar ones paired, in order. */
    private static void changed(List<String> removed, List<String> added, Set<String> moved, List<String> out, Work work) {
        int[] partner = new int[removed.size()];
        Arrays.fill(partner, -1);
        if ((long) removed.size() * added.size() <= MAX_PAIRINGS
                && (long) removed.size() * added.stream().mapToLong(String::length).sum() <= MAX_PAIRING_CHARS) {
            List<Set<String>> addedWords = added.stream().map(BodyDiff::words).toList();
            int next = 0;
            for (int i = 0; i < removed.size() && next < added.size(); i++) {
                if (moved.contains(removed.get(i))) {
                    continue;
                }
                Set<String> words = words(removed.get(i));
                for (int j = next; j < added.size(); j++) {
                    if (!moved.contains(added.get(j)) && dice(words, addedWords.get(j)) >= SIMILAR) {
                        partner[i] = j;
                        next = j + 1;
                        break;
                    }
                }
            }
        }
        int j = 0;
        for (int i = 0; i < removed.size(); i++) {
            if (partner[i] < 0) {
                out.add(whole("del", removed.get(i), moved.contains(removed.get(i))));
                continue;
            }
            for (; j < partner[i]; j++) {
                out.add(whole("ins", added.get(j), moved.contains(added.get(j))));
            }
            out.add(words(removed.get(i), added.get(j), work));
            j++;
        }
        for (; j < added.size(); j++) {
            out.add(whole("ins", added.get(j), moved.contains(added.get(j))));
        }
    }

    /** Word differences of a paragraph pair, or the pair removed and added whole past the bounds. */
    private static String words(String before, String after, Work work) {
        List<String> old = WordDiff.tokens(before);
        List<String> now = WordDiff.tokens(after);
        int size = old.size() + now.size();
        if (size > MAX_PAIR_TOKENS || work.tokens + size > MAX_TOKENS) {
            work.fellBack = true;
            return whole("del", before, false) + "\n" + whole("ins", after, false);
        }
        work.tokens += size;
        return WordDiff.html(old, now);
    }

    private static String whole(String tag, String block, boolean moved) {
        if (block.isBlank()) {
            return "";
        }
        return "<" + tag + (moved ? " class=\"diff-moved\"" : "") + ">" + escape(block) + "</" + tag + ">";
    }

    private static Set<String> words(String block) {
        Set<String> words = new HashSet<>();
        for (String token : WordDiff.tokens(block)) {
            if (Character.isLetterOrDigit(token.codePointAt(0))) {
                words.add(token.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String word : a.size() < b.size() ? a : b) {
            if ((a.size() < b.size() ? b : a).contains(word)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /**
     * The paragraphs of a body: its lines (a Markdown paragraph is usually written as one line, and lists and
     * tables are line by line), without white space at their ends; blank lines are kept, as empty strings.
     */
    static List<String> blocks(String body) {
        List<String> blocks = new ArrayList<>();
        for (String line : body.strip().split("\n", -1)) {
            blocks.add(line.stripTrailing());
        }
        return blocks;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        WordDiff.appendEscaped(out, List.of(text));
        return out.toString();
    }
}
