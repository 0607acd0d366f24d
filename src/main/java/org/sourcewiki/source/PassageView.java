package org.sourcewiki.source;

import java.util.List;

/**
 * A passage as the source page shows it: its text split around the highlighted words (when a citation link
 * asked for them) and the pages that cite it.
 */
public record PassageView(StoredPassage passage, String before, String marked, String after, List<CitingPage> citedBy) {

    public record CitingPage(String title, String href) {
    }

    /** Splits the passage at the highlighted range, given in code points of the stored text. */
    public static PassageView of(StoredPassage passage, Integer markStart, Integer markEnd, List<CitingPage> citedBy) {
        String text = passage.text();
        if (markStart == null || markEnd == null || markEnd <= passage.startOffset() || markStart >= passage.endOffset()) {
            return new PassageView(passage, text, null, "", citedBy);
        }
        int from = Math.max(markStart, passage.startOffset()) - passage.startOffset();
        int to = Math.min(markEnd, passage.endOffset()) - passage.startOffset();
        int fromChar = text.offsetByCodePoints(0, from);
        int toChar = text.offsetByCodePoints(0, to);
        return new PassageView(passage, text.substring(0, fromChar), text.substring(fromChar, toChar),
                text.substring(toChar), citedBy);
    }
}
