package org.sourcewiki.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Three-way merge of a field's values, value by value (as {@code diff3} merges lines, with a value's text as its
 * identity): a value added on one side is kept, a value removed on one side and untouched on the other is removed,
 * a value whose citations, qualifier or rank changed on one side takes that change; the same value changed
 * differently on both sides is a conflict, and so is one value replaced on both sides by different values. Pure.
 */
public final class ClaimMerge {
    private ClaimMerge() {
    }

    /** The merged lines (theirs' order, then values only mine added), or null when both sides changed a value differently. */
    public static List<String> merge(List<String> base, List<String> theirs, List<String> mine) {
        Map<String, String> b = byValue(base);
        Map<String, String> t = byValue(theirs);
        Map<String, String> m = byValue(mine);
        // Both sides replaced the same value, each by values of its own: a conflict, as diff3 sees one line changed twice.
        boolean bothRemoved = b.keySet().stream().anyMatch(k -> !t.containsKey(k) && !m.containsKey(k));
        boolean theyAdded = t.keySet().stream().anyMatch(k -> !b.containsKey(k) && !m.containsKey(k));
        boolean iAdded = m.keySet().stream().anyMatch(k -> !b.containsKey(k) && !t.containsKey(k));
        if (bothRemoved && theyAdded && iAdded) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>(t.keySet());
        keys.addAll(m.keySet());
        keys.addAll(b.keySet());
        List<String> merged = new ArrayList<>();
        for (String key : keys) {
            String baseLine = b.get(key);
            String theirLine = t.get(key);
            String myLine = m.get(key);
            String result;
            if (Objects.equals(myLine, theirLine) || Objects.equals(myLine, baseLine)) {
                result = theirLine;
            } else if (Objects.equals(theirLine, baseLine)) {
                result = myLine;
            } else {
                return null;
            }
            if (result != null) {
                merged.add(result);
            }
        }
        return merged;
    }

    /** Lines keyed by their value; a value written twice is told apart by its occurrence. */
    private static Map<String, String> byValue(List<String> lines) {
        Map<String, String> keyed = new LinkedHashMap<>();
        for (String line : lines) {
            String value = ClaimLine.lenient(line).value();
            String key = value;
            for (int n = 2; keyed.containsKey(key); n++) {
                key = value + "\u0000" + n;
            }
            keyed.put(key, line);
        }
        return keyed;
    }
}
