package org.sourcewiki.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The content generation (migration V12): a number in PostgreSQL that grows in the same transaction as any change to
 * what a reader can see (a statement-level trigger on every content table). A response cached under generation g is
 * exactly what a reader would get at g, so a cache keyed on it cannot serve anything stale, on this app server or any
 * other sharing the database. Read with plain JDBC: one indexed row, about a tenth of a millisecond.
 */
public final class ContentGeneration {
    private final DataSource dataSource;

    public ContentGeneration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The generation now; read it before reading what it keys, so what is cached under it is never older. */
    public long current() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select value from content_generation");
             ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the content generation: " + e.getMessage(), e);
        }
    }
}
