package org.sourcewiki.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The difference between two versions of a field, value by value (a value's text is its identity, as in
 * {@link ClaimMerge}): values added, removed, and values whose citations, qualifier or rank changed, with the
 * citations added and removed named as written. Pure.
 */
public final class ClaimDiff {
    private ClaimDiff() {
    }

    /**
     * One value's change: status is {@code added}, {@code removed} or {@code changed}; before and after are the lines
     * (null on the side where the value is absent); the citations are the brackets' keys ({@code @source#pN "words"}).
     */
    public record ValueChange(String value, String status, String before, String after, List<String> citationsAdded,
                              List<String> citationsRemoved) {
    }

    /** The values that differ between two versions of a field, in the order of the newer one, removed ones last. */
    public static List<ValueChange> diff(List<String> before, List<String> after) {
        Map<String, Claim> old = byValue(before);
        Map<String, Claim> now = byValue(after);
        Set<String> values = new LinkedHashSet<>(now.keySet());
        values.addAll(old.keySet());
        List<ValueChange> changes = new ArrayList<>();
        for (String value : values) {
            Claim was = old.get(value);
            Claim is = now.get(value);
            List<String> wasKeys = was == null ? List.of() : was.refs().stream().map(r -> r.key()).toList();
            List<String> isKeys = is == null ? List.of() : is.refs().stream().map(r -> r.key()).toList();
            List<String> added = isKeys.stream().filter(k -> !wasKeys.contains(k)).toList();
            List<String> removed = wasKeys.stream().filter(k -> !isKeys.contains(k)).toList();
            String wasLine = was == null ? null : ClaimLine.write(was);
            String isLine = is == null ? null : ClaimLine.write(is);
            if (was == null) {
                changes.add(new ValueChange(is.value(), "added", null, isLine, added, removed));
            } else if (is == null) {
                changes.add(new ValueChange(was.value(), "removed", wasLine, null, added, removed));
            } else if (!wasLine.equals(isLine)) {
                changes.add(new ValueChange(is.value(), "changed", wasLine, isLine, added, removed));
            }
        }
        return changes;
    }

    private static Map<String, Claim> byValue(List<String> lines) {
        Map<String, Claim> keyed = new LinkedHashMap<>();
        for (String line : lines) {
            Claim claim = ClaimLine.lenient(line);
            String key = claim.value();
            for (int n = 2; keyed.containsKey(key); n++) {
                key = claim.value() + "\u0000" + n;
            }
            keyed.put(key, claim);
        }
        return keyed;
    }
}
