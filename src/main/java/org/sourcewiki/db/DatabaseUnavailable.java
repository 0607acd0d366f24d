package org.sourcewiki.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells an error that means "PostgreSQL cannot be reached right now" (stopped, restarting, network gone) from any
 * other: the wiki then answers 503 with Retry-After at once, instead of a 500, and recovers by itself when the pool
 * reconnects. The SQLSTATE classes are PostgreSQL's (Appendix A): 08 connection exception, 57P01–57P03 shutdown
 * and "cannot connect now"; HikariCP reports a pool that could not get a connection in time as
 * {@link SQLTransientConnectionException}.
 */
public final class DatabaseUnavailable {
    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
