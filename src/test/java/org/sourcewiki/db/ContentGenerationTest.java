package org.sourcewiki.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.sourcewiki.support.TestDatabase;

/**
 * An app server learns that the content generation moved from PostgreSQL's notification at commit, without a query
 * per request; it asks PostgreSQL whenever it cannot trust what it heard (not listening, the connection lost, a
 * reader who wrote something newer).
 */
class ContentGenerationTest {
    private static Database database;
    private static final AtomicInteger statements = new AtomicInteger();
    private static Jdbi counted;

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
        counted = Jdbi.create(database.dataSource()).setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    /** A change another app server makes: a statement on a content table, committed. */
    private static long changeElsewhere() {
        database.jdbi().useHandle(h -> h.execute("insert into account (name, password_hash, role) values (?, 'x', 'editor')",
                "someone-" + System.nanoTime()));
        return database.jdbi().withHandle(h -> h.createQuery("select value from content_generation").mapTo(Long.class).one());
    }

    private static long awaitKnown(ContentGeneration generation, long value) throws InterruptedException {
        long start = System.nanoTime();
        while (generation.current() < value && System.nanoTime() - start < 5_000_000_000L) {
            Thread.sleep(1);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void without_listening_every_read_asks_postgresql_and_sees_a_change_at_once() {
        ContentGeneration generation = new ContentGeneration(counted, null);
        long before = generation.current();
        long after = changeElsewhere();
        statements.set(0);
        assertThat(after).isGreaterThan(before);
        assertThat(generation.current()).isEqualTo(after);
        assertThat(statements.get()).isEqualTo(1);
        assertThat(generation.trusted()).isFalse();
    }

    @Test
    void listening_a_change_committed_elsewhere_is_known_without_a_query() throws Exception {
        try (ContentGeneration generation = new ContentGeneration(counted, null).watch(database::dedicatedConnection)) {
            assertThat(generation.trusted()).as("trusted from the start").isTrue();
            long after = changeElsewhere();
            statements.set(0);
            long waited = awaitKnown(generation, after);
            assertThat(generation.current()).isEqualTo(after);
            assertThat(statements.get()).as("no statement: the notification told it").isZero();
            System.out.println("Notification arrived within " + waited + " ms");
            assertThat(waited).isLessThan(5_000);
        }
    }

    @Test
    void a_reader_who_wrote_a_newer_generation_makes_it_ask_postgresql() {
        try (ContentGeneration generation = new ContentGeneration(counted, null).watch(database::dedicatedConnection)) {
            long known = generation.current();
            statements.set(0);
            generation.current(known);
            assertThat(statements.get()).isZero();
            generation.current(known + 1);
            assertThat(statements.get()).as("a generation it has not heard of: it asks").isEqualTo(1);
            long written = generation.afterWrite();
            assertThat(written).isGreaterThanOrEqualTo(known);
        }
    }

    @Test
    void a_lost_listening_connection_is_not_trusted_and_comes_back() throws Exception {
        try (ContentGeneration generation = new ContentGeneration(counted, null).watch(database::dedicatedConnection)) {
            assertThat(generation.trusted()).isTrue();
            int killed = database.jdbi().withHandle(h -> h.createQuery(
                    "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = :name")
                    .bind("name", ContentGeneration.LISTENER_NAME).mapTo(Integer.class).one());
            assertThat(killed).isPositive();
            long start = System.nanoTime();
            while (generation.trusted() && System.nanoTime() - start < 5_000_000_000L) {
                Thread.sleep(10);
            }
            assertThat(generation.trusted()).as("the loss is noticed").isFalse();
            // Meanwhile every read asks PostgreSQL, so a change is seen at once.
            long after = changeElsewhere();
            statements.set(0);
            assertThat(generation.current()).isEqualTo(after);
            assertThat(statements.get()).isEqualTo(1);
            while (!generation.trusted() && System.nanoTime() - start < 10_000_000_000L) {
                Thread.sleep(10);
            }
            assertThat(generation.trusted()).as("listening again").isTrue();
        }
    }

    @Test
    void a_transaction_of_many_changes_sends_one_notification() throws Exception {
        try (Connection listening = database.dedicatedConnection()) {
            try (Statement statement = listening.createStatement()) {
                statement.execute("listen " + ContentGeneration.CHANNEL);
            }
            long last = database.jdbi().inTransaction(h -> {
                for (int i = 0; i < 50; i++) {
                    h.execute("insert into account (name, password_hash, role) values (?, 'x', 'editor')", "many-" + i + "-" + System.nanoTime());
                }
                return h.createQuery("select value from content_generation").mapTo(Long.class).one();
            });
            PGConnection postgres = listening.unwrap(PGConnection.class);
            PGNotification[] received = postgres.getNotifications(2_000);
            assertThat(received).hasSize(1);
            assertThat(received[0].getParameter()).isEqualTo(String.valueOf(last));
            assertThat(postgres.getNotifications(200)).isNullOrEmpty();
        }
    }
}
