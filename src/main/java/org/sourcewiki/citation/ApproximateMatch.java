package org.sourcewiki.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Approximate string matching: where a pattern occurs in a text with at most k errors (insertions, deletions,
 * substitutions), by Sellers' dynamic programming ("The theory and computation of evolutionary distances: pattern
 * recognition", J. Algorithms 1, 1980) with Ukkonen's cut-off ("Finding approximate patterns in strings", J.
 * Algorithms 6, 1985), so the work is about k × text length rather than pattern × text length. This is the search the
 * approx-string-match library does for the Hypothesis client; no Java library in reach does a substring search with a
 * bound (commons-text compares whole strings). Works on code points.
 */
final class ApproximateMatch {
    private ApproximateMatch() {
    }

    /** A match of the pattern in text code points [start, end) with that many errors. */
    record Match(int start, int end, int errors) {
    }

    /**
     * The best matches with at most maxErrors errors, fewest errors first, at most limit of them; of overlapping
     * matches ending one after another only the best is kept.
     */
    static List<Match> search(int[] text, int[] pattern, int maxErrors, int limit) {
        int m = pattern.length;
        List<Match> matches = new ArrayList<>();
        if (m == 0) {
            return matches;
        }
        int k = Math.min(maxErrors, m);
        int[] previous = new int[m + 1];
        int[] previousStart = new int[m + 1];
        int[] current = new int[m + 1];
        int[] currentStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            previous[i] = i;
        }
        int top = k;
        Match run = null;
        for (int j = 1; j <= text.length; j++) {
            current[0] = 0;
            currentStart[0] = j;
            int rows = Math.min(m, top + 1);
            for (int i = 1; i <= rows; i++) {
                int diagonal = (i - 1 <= top ? previous[i - 1] : k + 1) + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                int diagonalStart = i - 1 == 0 ? j - 1 : previousStart[i - 1];
                int left = (i <= top ? previous[i] : k + 1) + 1;
                int up = current[i - 1] + 1;
                if (diagonal <= left && diagonal <= up) {
                    current[i] = diagonal;
                    currentStart[i] = diagonalStart;
                } else if (up <= left) {
                    current[i] = up;
                    currentStart[i] = currentStart[i - 1];
                } else {
                    current[i] = left;
                    currentStart[i] = previousStart[i];
                }
            }
            top = rows;
            while (top > 0 && current[top] > k) {
                top--;
            }
            if (top == m) {
                Match match = new Match(currentStart[m], j, current[m]);
                if (run == null || match.errors() < run.errors()) {
                    run = match;
                }
            } else if (run != null) {
                matches.add(run);
                run = null;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousStart;
            previousStart = currentStart;
            currentStart = swap;
        }
        if (run != null) {
            matches.add(run);
        }
        matches.sort(Comparator.comparingInt(Match::errors));
        return matches.size() > limit ? new ArrayList<>(matches.subList(0, limit)) : matches;
    }
}
