package org.sourcewiki.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The values of a stored field. A revision's fields map a name to a String (one value) or a List of Strings (one
 * per line), each a claim line ({@link ClaimLine}); fields stored before claims existed are lines without citations
 * and read as one plain value each. Pure.
 */
public final class Claims {
    private Claims() {
    }

    /** The lines of a stored field: a String is one line, a List one line per item, null none. */
    public static List<String> lines(Object stored) {
        if (stored instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return stored == null ? List.of() : List.of(String.valueOf(stored));
    }

    /** The claims of a stored field, in stored order; a line that does not parse is one plain value. */
    public static List<Claim> read(Object stored) {
        return lines(stored).stream().map(ClaimLine::lenient).toList();
    }

    /** The values alone (no citations or qualifiers), in stored order. */
    public static List<String> values(Object stored) {
        return read(stored).stream().map(Claim::value).toList();
    }

    /** Claims in the order a reader sees them: preferred, then normal, then deprecated; stored order within a rank. */
    public static List<Claim> ranked(List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparing(Claim::rank));
        return sorted;
    }

    /** The value a one-value summary shows (an index row, a list): the first by rank, or "" when there is none. */
    public static String first(Object stored) {
        List<Claim> ranked = ranked(read(stored));
        return ranked.isEmpty() ? "" : ranked.get(0).value();
    }

    /**
     * Whether the values of a one-value field disagree: at least two different values backed by citations, and not
     * all of them backed by the same sources (two values from one source are that source's own hesitation, shown
     * but not listed as a dispute between sources).
     */
    public static boolean contested(List<Claim> claims) {
        Set<String> values = new HashSet<>();
        Set<Set<String>> sourceSets = new HashSet<>();
        for (Claim claim : claims) {
            if (claim.sourced()) {
                values.add(claim.value());
                sourceSets.add(new HashSet<>(claim.sourceSlugs()));
            }
        }
        return values.size() >= 2 && sourceSets.size() >= 2;
    }
}
