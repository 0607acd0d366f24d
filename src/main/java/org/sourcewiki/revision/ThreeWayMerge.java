package org.sourcewiki.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Merges two edits made from the same base text, line by line (a Markdown paragraph is a line). Changes that touch
 * different lines are both kept; changes that overlap or touch each other are a conflict, unless they are the same
 * change. A conflict merges nothing: the caller shows both texts to the editor.
 */
public final class ThreeWayMerge {
    private ThreeWayMerge() {
    }

    /** The merged text, or empty when the two edits conflict. */
    public static Optional<String> merge(String base, String mine, String theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return Optional.of(mine);
        }
        if (mine.equals(base)) {
            return Optional.of(theirs);
        }
        List<String> baseLines = lines(base);
        List<AbstractDelta<String>> deltas = new ArrayList<>();
        List<AbstractDelta<String>> mineDeltas = DiffUtils.diff(baseLines, lines(mine)).getDeltas();
        List<AbstractDelta<String>> theirDeltas = DiffUtils.diff(baseLines, lines(theirs)).getDeltas();
        for (AbstractDelta<String> ours : mineDeltas) {
            boolean duplicate = false;
            for (AbstractDelta<String> other : theirDeltas) {
                if (sameChange(ours, other)) {
                    duplicate = true;
                } else if (touch(ours, other)) {
                    return Optional.empty();
                }
            }
            if (!duplicate) {
                deltas.add(ours);
            }
        }
        deltas.addAll(theirDeltas);
        deltas.sort(Comparator.comparingInt((AbstractDelta<String> d) -> d.getSource().getPosition()).reversed());
        List<String> result = new ArrayList<>(baseLines);
        for (AbstractDelta<String> delta : deltas) {
            int position = delta.getSource().getPosition();
            for (int i = 0; i < delta.getSource().size(); i++) {
                result.remove(position);
            }
            result.addAll(position, delta.getTarget().getLines());
        }
        return Optional.of(String.join("", result));
    }

    private static boolean sameChange(AbstractDelta<String> a, AbstractDelta<String> b) {
        return a.getSource().getPosition() == b.getSource().getPosition()
                && a.getSource().getLines().equals(b.getSource().getLines())
                && a.getTarget().getLines().equals(b.getTarget().getLines());
    }

    /** Ranges of base lines that overlap or are adjacent, insertions included. */
    private static boolean touch(AbstractDelta<String> a, AbstractDelta<String> b) {
        int aStart = a.getSource().getPosition();
        int aEnd = aStart + a.getSource().size();
        int bStart = b.getSource().getPosition();
        int bEnd = bStart + b.getSource().size();
        return aStart <= bEnd && bStart <= aEnd;
    }

    /** Lines with their line breaks kept, so that joining them gives the text back exactly. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

}
