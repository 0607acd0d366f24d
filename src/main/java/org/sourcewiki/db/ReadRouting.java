package org.sourcewiki.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of one request: the primary's, or a streaming replica's (DATABASE_READ_URL) while the thread serves a
 * read-only request that may go there (see web/ReadRouter). Everything else (writes, the command line, imports,
 * migrations, and every request that does not say otherwise) gets the primary. A thread asks for the replica only
 * between {@link #useReplica} and {@link #usePrimary}.
 */
public final class ReadRouting implements DataSource {
    private static final ThreadLocal<Boolean> REPLICA = ThreadLocal.withInitial(() -> false);

    private final DataSource primary;
    private final DataSource replica;

    public ReadRouting(DataSource primary, DataSource replica) {
        this.primary = primary;
        this.replica = replica;
    }

    /** From now on this thread's connections come from the replica (if there is one). */
    public static void useReplica() {
        REPLICA.set(true);
    }

    /** From now on this thread's connections come from the primary. */
    public static void usePrimary() {
        REPLICA.set(false);
    }

    /** Whether this thread's connections come from the replica now. */
    public boolean onReplica() {
        return replica != null && REPLICA.get();
    }

    /** Runs work on the primary whatever this thread was told (a write inside a read-only request). */
    public static <T> T onPrimary(Supplier<T> work) {
        boolean before = REPLICA.get();
        REPLICA.set(false);
        try {
            return work.get();
        } finally {
            REPLICA.set(before);
        }
    }

    public DataSource primary() {
        return primary;
    }

    /** The replica's pool, or null when there is none. */
    public DataSource replica() {
        return replica;
    }

    private DataSource current() {
        return onReplica() ? replica : primary;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return current().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return current().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return primary.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        primary.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        primary.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return primary.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return primary.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || primary.isWrapperFor(iface);
    }
}
