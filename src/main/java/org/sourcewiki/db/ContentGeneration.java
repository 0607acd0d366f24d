package org.sourcewiki.db;

import org.jdbi.v3.core.Jdbi;

/**
 * The content generation (migration V12): a number in PostgreSQL that grows in the same transaction as any change to
 * what a reader can see (a statement-level trigger on every content table). A response cached under generation g is
 * exactly what a reader would get at g, so a cache keyed on it cannot serve anything stale, on this app server or any
 * other sharing the database. One indexed row: about a tenth of a millisecond, and counted like every statement.
 */
public final class ContentGeneration {
    private final Jdbi jdbi;

    public ContentGeneration(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The generation now; read it before reading what it keys, so what is cached under it is never older. */
    public long current() {
        return jdbi.withHandle(handle -> handle.createQuery("select value from content_generation").mapTo(Long.class).one());
    }
}
