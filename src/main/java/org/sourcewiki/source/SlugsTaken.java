package org.sourcewiki.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The slugs taken by a slug base and its "-n" forms ({@link SourceDao#slugsStartingWith}), read once per base and
 * batch and kept up to date as the batch stores sources: a thousand articles of one publisher and day share a base,
 * and would otherwise each read the thousand slugs before them. Lives for one batch, under the import lock.
 */
final class SlugsTaken {
    private final SourceDao dao;
    private final Map<String, Set<String>> byBase = new HashMap<>();

    SlugsTaken(SourceDao dao) {
        this.dao = dao;
    }

    Set<String> startingWith(String base) {
        return byBase.computeIfAbsent(base, dao::slugsStartingWith);
    }

    /** A slug just stored (its savepoint released) is taken for every base it is of the form of. */
    void stored(String slug) {
        for (Map.Entry<String, Set<String>> entry : byBase.entrySet()) {
            if (slug.equals(entry.getKey()) || slug.startsWith(entry.getKey() + "-")) {
                entry.getValue().add(slug);
            }
        }
    }
}
