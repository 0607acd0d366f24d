package org.sourcewiki.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content generation (migration V12): a number in PostgreSQL that grows in the same transaction as any change to
 * what a reader can see (a statement-level trigger on every content table). A response cached under generation g is
 * what a reader would get at g, so a cache keyed on it serves nothing older than the generation it was given.
 *
 * <p>How an app server learns the number (migration V20): PostgreSQL sends a notification on channel
 * {@value #CHANNEL} (payload: the new value) when a change commits, to every app server listening on the database
 * (PostgreSQL {@code LISTEN}/{@code NOTIFY}); {@link #watch} keeps one connection of its own listening, and confirms
 * the value with a query every second, so a request reads the number from memory instead of asking PostgreSQL each time
 * (which halved the throughput of a cached page view). The number is read from PostgreSQL instead when:
 * <ul>
 *   <li>the listening connection has not confirmed the value for {@value #TRUST_MILLIS} ms (it is down or stuck);</li>
 *   <li>the reader has written something whose generation this server has not heard of yet ({@code atLeast}: their
 *       own writes are visible at once on any app server, whatever the notification's delay);</li>
 *   <li>this request reads a streaming replica (the number must come from where the data comes from; notifications
 *       are not replicated).</li>
 * </ul>
 * A change made on another app server reaches this one's readers when its notification arrives: at commit, plus the
 * delivery (well under a millisecond on one network; measured in {@code ContentGenerationTest}).
 */
public final class ContentGeneration implements AutoCloseable {
    /** The notification channel the V20 trigger signals on. */
    public static final String CHANNEL = "content_generation";
    static final long TRUST_MILLIS = 3_000;
    /** The listening connection's application_name in pg_stat_activity. */
    public static final String LISTENER_NAME = "sourcewiki content-generation listener";
    private static final long CONFIRM_MILLIS = 1_000;
    private static final String READ = "select value from content_generation";
    private static final Logger log = LoggerFactory.getLogger(ContentGeneration.class);

    private final Jdbi jdbi;
    private final ReadRouting routing;
    private final AtomicLong known = new AtomicLong();
    private volatile long confirmedAt = Long.MIN_VALUE;
    private volatile boolean closed;
    private Thread listener;

    /** Reads the number from PostgreSQL at every request until {@link #watch} is called. */
    public ContentGeneration(Jdbi jdbi, ReadRouting routing) {
        this.jdbi = jdbi;
        this.routing = routing;
    }

    /**
     * Starts listening for changes on a connection of its own, opened (and reopened after a failure, every second)
     * by connections; returns this. The first connection is opened before this returns, so that the number is
     * trusted from the first request on (unless PostgreSQL cannot be reached: then requests ask it until it can).
     */
    public synchronized ContentGeneration watch(ConnectionSource connections) {
        if (listener == null) {
            Connection first = null;
            try {
                first = subscribe(connections.open());
            } catch (SQLException | RuntimeException e) {
                log.warn("Not listening for content changes yet ({}): requests ask PostgreSQL", e.getMessage());
            }
            Connection opened = first;
            listener = new Thread(() -> listen(connections, opened), "content-generation-listener");
            listener.setDaemon(true);
            listener.start();
        }
        return this;
    }

    /** Opens a connection to the primary that is not taken from the pool (it is held for as long as it listens). */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** The generation now, as {@link #current(long)} with nothing written by the reader. */
    public long current() {
        return current(0);
    }

    /**
     * The generation now; read it before reading what it keys, so what is cached under it is never older.
     *
     * @param atLeast a generation the reader is known to have reached (their own last write), 0 when none: if this
     *                server has not heard of it yet, PostgreSQL is asked
     */
    public long current(long atLeast) {
        boolean replica = routing != null && routing.onReplica();
        long value = known.get();
        if (!replica && trusted() && value >= atLeast) {
            return value;
        }
        value = query();
        if (!replica) {
            known.accumulateAndGet(value, Math::max);
        }
        return value;
    }

    /** After a request that may have written: the generation on the primary, known here from now on. */
    public long afterWrite() {
        long value = ReadRouting.onPrimary(this::query);
        known.accumulateAndGet(value, Math::max);
        return value;
    }

    /** Whether the listening connection confirmed the value lately (false before {@link #watch} or while it is down). */
    public boolean trusted() {
        long at = confirmedAt;
        return at != Long.MIN_VALUE && System.nanoTime() - at < TimeUnit.MILLISECONDS.toNanos(TRUST_MILLIS);
    }

    /** Stops listening; the number is read from PostgreSQL from then on. */
    @Override
    public void close() {
        closed = true;
        confirmedAt = Long.MIN_VALUE;
        Thread thread;
        synchronized (this) {
            thread = listener;
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private long query() {
        return jdbi.withHandle(handle -> handle.createQuery(READ).mapTo(Long.class).one());
    }

    /** Listens on the connection, then reads the number: a change committed in between is both read and notified. */
    private Connection subscribe(Connection connection) throws SQLException {
        try {
            // Named, so that an operator sees in pg_stat_activity what the one long-lived connection is for.
            connection.setClientInfo("ApplicationName", LISTENER_NAME);
            try (Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
            }
            confirm(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void listen(ConnectionSource connections, Connection first) {
        boolean warned = first == null;
        Connection next = first;
        while (!closed) {
            try (Connection connection = next != null ? next : subscribe(connections.open())) {
                next = null;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                if (warned) {
                    log.info("Listening for content changes again");
                    warned = false;
                }
                long lastConfirm = System.nanoTime();
                while (!closed) {
                    PGNotification[] notifications = postgres.getNotifications((int) CONFIRM_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            advance(notification.getParameter());
                        }
                    }
                    if (System.nanoTime() - lastConfirm >= TimeUnit.MILLISECONDS.toNanos(CONFIRM_MILLIS)) {
                        confirm(connection);
                        lastConfirm = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                next = null;
                confirmedAt = Long.MIN_VALUE;
                if (closed) {
                    return;
                }
                if (!warned) {
                    log.warn("Not listening for content changes ({}): every request asks PostgreSQL until it is back",
                            e.getMessage());
                    warned = true;
                }
                try {
                    Thread.sleep(CONFIRM_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Reads the value on the listening connection: it is alive, and nothing was missed. */
    private void confirm(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setQueryTimeout((int) (TRUST_MILLIS / 1000));
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    known.accumulateAndGet(result.getLong(1), Math::max);
                    confirmedAt = System.nanoTime();
                }
            }
        }
    }

    private void advance(String payload) {
        try {
            known.accumulateAndGet(Long.parseLong(payload.strip()), Math::max);
        } catch (NumberFormatException e) {
            // Not ours (a NOTIFY by hand): the next confirmation reads the number anyway.
            confirmedAt = Long.MIN_VALUE;
        }
    }
}
