package org.sourcewiki.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewiki.config.Config;
import org.sourcewiki.config.ConfigException;

/** The connection pool, the migrations and, when no server is configured, the embedded PostgreSQL behind them. */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    /** The streaming replica's pool (DATABASE_READ_URL), or null. */
    private final HikariDataSource replica;
    private final ReadRouting routing;
    private final Jdbi jdbi;
    /** The embedded PostgreSQL this process uses (a lease on it), or null for a configured server. */
    private final AutoCloseable embedded;

    private Database(HikariDataSource dataSource, HikariDataSource replica, AutoCloseable embedded) {
        this.dataSource = dataSource;
        this.replica = replica;
        this.embedded = embedded;
        this.routing = new ReadRouting(dataSource, replica);
        this.jdbi = Jdbi.create(routing)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
    }

    /** Connects as configured (starting the embedded server if needed) and applies pending migrations. */
    public static Database open(Config config) {
        return open(config, true);
    }

    /** Connects as configured; with migrate false the schema is left as it is (restore migrates step by step). */
    public static Database open(Config config, boolean migrate) {
        if (!config.usesEmbeddedDatabase()) {
            Database database = connect(config.databaseUrl(), config.databaseUser(), config.databasePassword(), null,
                    config.databaseReadUrl());
            if (migrate) {
                database.migrate();
            }
            return database;
        }
        Path dataDirectory = config.dataDirectory().resolve("postgres").toAbsolutePath();
        EmbeddedServerLease lease = EmbeddedServerLease.acquire(dataDirectory);
        // A process stopped by Ctrl-C or SIGTERM still gives its lease back, so the last one out stops PostgreSQL.
        Thread release = new Thread(lease::close, "embedded-postgres-lease");
        Runtime.getRuntime().addShutdownHook(release);
        try {
            Database database = connect(jdbcUrl(lease.port()), "postgres", null, lease);
            if (migrate) {
                database.migrate();
            }
            return database;
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    /** Connects to an existing database without starting anything; used by tests with their own databases. */
    public static Database connect(String url, String user, String password, AutoCloseable embedded) {
        return connect(url, user, password, embedded, null);
    }

    /**
     * Connects to a primary and, when readUrl is not null, to a streaming replica of it (same user and password) for
     * the read-only requests that {@link ReadRouting} sends there.
     */
    public static Database connect(String url, String user, String password, AutoCloseable embedded, String readUrl) {
        HikariDataSource primary = pool(url, user, password, "sourcewiki");
        HikariDataSource replica = null;
        if (readUrl != null) {
            try {
                replica = pool(readUrl, user, password, "sourcewiki-replica");
            } catch (RuntimeException e) {
                primary.close();
                throw e;
            }
            log.info("Read-only requests go to the replica at {}", readUrl);
        }
        return new Database(primary, replica, embedded);
    }

    private static HikariDataSource pool(String url, String user, String password, String name) {
        checkReachable(url, user, password);
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(10);
        hikari.setPoolName(name);
        // The replica's connections say so: a write sent there by mistake fails at once, whatever the server.
        hikari.setReadOnly(name.endsWith("replica"));
        // During an outage a request waits at most this long for a connection, then gets a 503 (not a 10 s hang).
        hikari.setConnectionTimeout(750);
        hikari.setValidationTimeout(500);
        // Short interactive queries: JIT compilation would cost more than it saves (tens of ms on search).
        hikari.setConnectionInitSql("set jit = off");
        // A JDBC batch of inserts (an article's passages) goes as one multi-row statement: one execution, one trigger.
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(hikari);
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** One clear line instead of a pool's stack trace when the server cannot be reached. */
    private static void checkReachable(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new ConfigException("DATABASE_URL must start with jdbc:postgresql:// (got '" + url + "')");
        }
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // reachable
        } catch (SQLException e) {
            throw new ConfigException("Cannot connect to PostgreSQL at " + url + ": " + firstLine(e.getMessage()));
        }
    }

    public void migrate() {
        migrateTo(null);
    }

    /** Applies the migrations up to this version (all of them when null). */
    public void migrateTo(String version) {
        try {
            var flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration");
            if (version != null) {
                flyway.target(version);
            }
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw new ConfigException("Database migration failed: " + firstLine(e.getMessage()) + sqlError(e.getMessage()), e);
        }
    }

    /** The version of the last migration applied, such as "8"; null for an empty database. */
    public String schemaVersion() {
        var current = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().info().current();
        return current == null ? null : current.getVersion().getVersion();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * A new connection to the primary, outside the pool, for work that holds one for as long as it runs (listening
     * for notifications); the caller closes it.
     */
    public Connection dedicatedConnection() throws SQLException {
        return DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
    }

    /** The primary's pool (migrations, export, anything that must not read a replica). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Which pool this thread's statements use: the primary, or for read-only requests the replica. */
    public ReadRouting routing() {
        return routing;
    }

    @Override
    public void close() {
        dataSource.close();
        if (replica != null) {
            replica.close();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                log.warn("Could not let go of the embedded PostgreSQL cleanly", e);
            }
        }
    }

    /** Flyway's message names the SQL error on a line of its own; the user needs that line. */
    private static String sqlError(String message) {
        if (message == null) {
            return "";
        }
        for (String line : message.split("\\R")) {
            if (line.strip().startsWith("Message")) {
                return " (" + line.substring(line.indexOf(':') + 1).strip() + ")";
            }
        }
        return "";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return List.of(message.split("\\R")).get(0);
    }
}
