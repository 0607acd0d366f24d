package org.sourcewiki.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sourcewiki.db.Database;

/**
 * Real PostgreSQL for tests: the server named by TEST_DATABASE_URL (with TEST_DATABASE_USER and
 * TEST_DATABASE_PASSWORD), or else one embedded PostgreSQL per test run. Each caller gets a database of its own,
 * freshly migrated, so tests never see each other's rows.
 */
public final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String serverUrl;
    private static String user;
    private static String password;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    private static synchronized void startServer() {
        if (serverUrl != null) {
            return;
        }
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            serverUrl = url;
            user = System.getenv("TEST_DATABASE_USER");
            password = System.getenv("TEST_DATABASE_PASSWORD");
            System.err.println("Tests use the PostgreSQL server at " + url);
            dropDatabasesOfEndedRuns();
            return;
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        serverUrl = embedded.getJdbcUrl("postgres", "postgres");
        user = "postgres";
        password = null;
    }

    /**
     * Drops the databases earlier test runs left on a shared server (their names carry the run's process id, and no
     * such process lives any more): tests never drop their own, and a developer's server otherwise fills up with
     * thousands of them, which slows every CREATE DATABASE and base backup after.
     */
    private static void dropDatabasesOfEndedRuns() {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            List<String> ended = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select datname from pg_database where datname ~ '^sourcewiki_test_[0-9]+_[0-9]+$'")) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    long pid = Long.parseLong(name.split("_")[2]);
                    if (ProcessHandle.of(pid).isEmpty()) {
                        ended.add(name);
                    }
                }
            }
            for (String name : ended) {
                // FORCE (PostgreSQL 13+) ends a connection a killed run left open.
                statement.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop earlier test runs' databases: " + e.getMessage());
        }
    }

    /** A new, migrated database; the caller closes it. */
    public static Database fresh() {
        String url = createDatabase();
        Database database = Database.connect(url, user, password, null);
        database.migrate();
        return database;
    }

    /**
     * A new, migrated database on the test server, connected as the wiki would be with DATABASE_READ_URL naming the
     * same database on a streaming replica of that server (replicaServerUrl: any database of the replica).
     */
    public static Database freshWithReplica(String replicaServerUrl) {
        String url = createDatabase();
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String readUrl = withDatabaseName(replicaServerUrl, name);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            // CREATE DATABASE reaches the replica by streaming, a moment later.
            try (Connection ignored = DriverManager.getConnection(readUrl, user, password)) {
                break;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the replica never had database " + name + ": " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
        Database database = Database.connect(url, user, password, null, readUrl);
        database.migrate();
        return database;
    }

    /** A new, empty database (not migrated), for tests of the command line that migrate it themselves. */
    public static String createDatabase() {
        startServer();
        String name = "sourcewiki_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + serverUrl, e);
        }
        return withDatabaseName(serverUrl, name);
    }

    public static String user() {
        startServer();
        return user;
    }

    public static String password() {
        startServer();
        return password;
    }

    static String withDatabaseName(String url, String name) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        String prefix = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        String suffix = query < 0 ? "" : url.substring(query);
        return prefix + "/" + name + suffix;
    }
}
