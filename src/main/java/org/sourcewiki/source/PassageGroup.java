package org.sourcewiki.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Passages as a source page lays them out: a body passage or a lone boilerplate passage on its own, and a run of two
 * or more consecutive boilerplate passages folded into one row ("¶21–¶64: 44 passages of web-page matter") that
 * opens to show them. A run is shown open when it holds the passage a link asked for (?show=n, or words to
 * highlight), so that a reader without JavaScript still lands on it.
 *
 * @param passages the passages in order (all boilerplate when there are several)
 * @param open     whether the fold is rendered open
 */
public record PassageGroup(List<PassageView> passages, boolean open) {

    public boolean isRun() {
        return passages.size() > 1;
    }

    public PassageView only() {
        return passages.get(0);
    }

    public int first() {
        return passages.get(0).passage().number();
    }

    public int last() {
        return passages.get(passages.size() - 1).passage().number();
    }

    public int count() {
        return passages.size();
    }

    /** The distinct reasons of the run, in order of first appearance. */
    public List<BoilerplateReason> reasons() {
        Set<BoilerplateReason> reasons = new LinkedHashSet<>();
        for (PassageView view : passages) {
            BoilerplateReason reason = BoilerplateReason.of(view.passage().kindReason());
            // "repeats passage 3" and "repeats passage 7" say the same thing in a summary
            reasons.add(reason.argument() == null ? reason : new BoilerplateReason("boilerplate.reason.repeats", null));
        }
        return List.copyOf(reasons);
    }

    /** Groups a page of passages; shown is the passage number a link asked for, or null. */
    public static List<PassageGroup> of(List<PassageView> views, Integer shown) {
        List<PassageGroup> groups = new ArrayList<>();
        List<PassageView> run = new ArrayList<>();
        for (PassageView view : views) {
            if (view.passage().isBoilerplate()) {
                run.add(view);
                continue;
            }
            flush(run, shown, groups);
            groups.add(new PassageGroup(List.of(view), false));
        }
        flush(run, shown, groups);
        return groups;
    }

    private static void flush(List<PassageView> run, Integer shown, List<PassageGroup> groups) {
        if (run.isEmpty()) {
            return;
        }
        boolean open = run.stream().anyMatch(view -> view.marked() != null
                || shown != null && view.passage().number() == shown);
        groups.add(new PassageGroup(List.copyOf(run), open));
        run.clear();
    }
}
