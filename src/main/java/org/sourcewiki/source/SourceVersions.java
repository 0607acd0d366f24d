package org.sourcewiki.source;

import java.util.List;

/**
 * The versions of an article as a source page shows them: every version, oldest first, and which one is shown.
 * Each version is a source of its own, at its own address, and never changes; "version n of m" counts them.
 */
public record SourceVersions(List<SourceDao.Version> all, SourceDao.Version current) {

    static SourceVersions of(long sourceId, List<SourceDao.Version> versions) {
        SourceDao.Version current = versions.stream().filter(v -> v.id() == sourceId).findFirst().orElseThrow();
        return new SourceVersions(versions, current);
    }

    /** Whether the article has more than one version (else the page says nothing of versions). */
    public boolean several() {
        return all.size() > 1;
    }

    public int count() {
        return all.size();
    }

    public SourceDao.Version newest() {
        return all.get(all.size() - 1);
    }

    public boolean isNewest() {
        return newest().id() == current.id();
    }

    /** The version just before the one shown, or null for version 1. */
    public SourceDao.Version previous() {
        int at = all.indexOf(current);
        return at > 0 ? all.get(at - 1) : null;
    }
}
