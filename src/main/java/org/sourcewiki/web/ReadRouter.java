package org.sourcewiki.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewiki.db.ReadRouting;

/**
 * Sends read-only requests (GET and HEAD) to the streaming replica of DATABASE_READ_URL, and keeps every reader's own
 * writes visible to them (read-your-writes): after a request that may have written (any other method), the reader gets
 * a cookie with the primary's WAL position (pg_current_wal_lsn, so at or past the write's commit); while it is set,
 * their reads go to the replica only once it has replayed that far (pg_last_wal_replay_lsn), else to the primary.
 * The session lookup always reads the primary (it runs before this, and may refresh the session's last-seen time).
 * Without a replica, nothing happens here.
 */
public final class ReadRouter {
    static final String WROTE_COOKIE = "sw_wrote";
    /** Long enough for any replica that is not broken to catch up; the check itself ends it sooner. */
    private static final int WROTE_SECONDS = 600;
    private static final Pattern LSN = Pattern.compile("[0-9A-F]{1,8}/[0-9A-F]{1,8}");
    private static final Logger log = LoggerFactory.getLogger(ReadRouter.class);

    private final ReadRouting routing;
    private final Auth auth;

    public ReadRouter(ReadRouting routing, Auth auth) {
        this.routing = routing;
        this.auth = auth;
    }

    /** First of all handlers: every request starts on the primary, whatever the thread served before. */
    public void reset(Context ctx) {
        ReadRouting.usePrimary();
    }

    /** After the session lookup: a read-only request goes to the replica if that cannot hide the reader's own writes. */
    public void route(Context ctx) {
        if (routing.replica() == null) {
            return;
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            ctx.header("Sourcewiki-Read-From", "primary");
            return;
        }
        String wrote = ctx.cookie(WROTE_COOKIE);
        if (wrote != null && LSN.matcher(wrote).matches()) {
            if (!replicaHasReplayed(wrote)) {
                ctx.header("Sourcewiki-Read-From", "primary");
                return;
            }
            ctx.cookie(auth.cookie(WROTE_COOKIE, "", 0)); // caught up: no need to ask again
        }
        ReadRouting.useReplica();
        ctx.header("Sourcewiki-Read-From", "replica");
    }

    /** Last of all handlers: after a request that may have written, remember where the primary's WAL stood. */
    public void afterRequest(Context ctx) {
        ReadRouting.usePrimary();
        if (routing.replica() == null || ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            return;
        }
        String lsn = query(routing.primary(), "select pg_current_wal_lsn()::text", null);
        if (lsn != null) {
            ctx.cookie(auth.cookie(WROTE_COOKIE, lsn, WROTE_SECONDS));
        }
    }

    private boolean replicaHasReplayed(String lsn) {
        // Null replay position: DATABASE_READ_URL names a server that is not a standby, so it is the primary's data.
        String caughtUp = query(routing.replica(),
                "select coalesce(pg_last_wal_replay_lsn() >= cast(? as pg_lsn), true)::text", lsn);
        return "true".equals(caughtUp);
    }

    private static String query(DataSource dataSource, String sql, String parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            // Reading the primary is always right: an unreachable replica costs speed, not correctness.
            log.warn("Read routing: {}", e.getMessage());
            return null;
        }
    }
}
