package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.sourcewiki.support.WebSession.page;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestDatabase;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/**
 * DATABASE_READ_URL against a real streaming replica: reads go there, writes and a writer's own next reads go to the
 * primary until the replica has replayed them. Needs TEST_DATABASE_URL (the primary) and TEST_REPLICA_URL (a
 * replica of it made by pg_basebackup -R, any database); the test user may pause and resume WAL replay. .ci/run
 * builds one. Without them the tests are skipped with a loud message; under CI with TEST_DATABASE_URL they fail.
 */
class ReadReplicaTest {
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;
    private static String replicaUrl;

    @BeforeAll
    static void start() {
        replicaUrl = System.getenv("TEST_REPLICA_URL");
        if (replicaUrl == null || replicaUrl.isBlank() || System.getenv("TEST_DATABASE_URL") == null) {
            String message = "REPLICA TESTS SKIPPED: set TEST_DATABASE_URL to a PostgreSQL primary and TEST_REPLICA_URL to a "
                    + "streaming replica of it (see .ci/run)";
            System.err.println("\n********** " + message + " **********\n");
            if (System.getenv("CI") != null && System.getenv("TEST_DATABASE_URL") != null) {
                // CI runs the suite once on a PostgreSQL server it made with a replica beside it (.ci/run): there the
                // replica must be given. The run on the embedded PostgreSQL has none to give.
                fail(message + " (CI is set with TEST_DATABASE_URL, so this is a failure)");
            }
            Assumptions.abort(message);
        }
        server = TestServer.withReplica(replicaUrl);
        server.addUser("writer", PASSWORD, "editor");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            replay("resume");
            server.close();
        }
    }

    private static void replay(String what) {
        try (Connection connection = DriverManager.getConnection(replicaUrl, TestDatabase.user(), TestDatabase.password());
             Statement statement = connection.createStatement()) {
            statement.execute("select pg_wal_replay_" + what + "()");
        } catch (Exception e) {
            throw new IllegalStateException("cannot " + what + " WAL replay on the replica: " + e.getMessage(), e);
        }
    }

    private static String readFrom(HttpResponse<String> response) {
        return response.headers().firstValue("Sourcewiki-Read-From").orElse("none");
    }

    @Test
    void a_reader_reads_the_replica_and_a_writer_reads_their_own_write_at_once_even_while_the_replica_lags() throws Exception {
        WebSession writer = new WebSession(server);
        writer.login("writer", PASSWORD);
        assertThat(writer.post("/wiki/Réplique/edit", page("Réplique", "topic", "Première version.", null)).statusCode()).isEqualTo(303);
        long deadline = System.nanoTime() + 30_000_000_000L;
        WebSession reader = new WebSession(server);
        HttpResponse<String> seen = reader.get("/wiki/R%C3%A9plique");
        while (seen.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = reader.get("/wiki/R%C3%A9plique");
        }
        assertThat(readFrom(seen)).isEqualTo("replica");
        assertThat(seen.body()).contains("Première version.");

        replay("pause");
        try {
            long base = server.database().jdbi().withHandle(h -> h.createQuery(
                    "select current_revision_id from page where slug = 'Réplique'").mapTo(Long.class).one());
            HttpResponse<String> saved = writer.post("/wiki/Réplique/edit", page("Réplique", "topic", "Seconde version.", String.valueOf(base)));
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(readFrom(saved)).isEqualTo("primary");
            assertThat(writer.cookie(ReadRouter.WROTE_COOKIE)).matches("[0-9A-F]+/[0-9A-F]+");

            // The writer sees their edit at once: the replica has not replayed it, so the primary answers.
            HttpResponse<String> own = writer.get("/wiki/R%C3%A9plique");
            assertThat(readFrom(own)).isEqualTo("primary");
            assertThat(own.body()).contains("Seconde version.");
            assertThat(writer.get("/wiki/R%C3%A9plique/history").body()).contains("?rev=" + (base + 1));
            // Another reader is served by the lagging replica, and the cache never keeps the older answer for the writer.
            HttpResponse<String> other = reader.get("/wiki/R%C3%A9plique");
            assertThat(readFrom(other)).isEqualTo("replica");
            assertThat(other.body()).contains("Première version.");
            assertThat(writer.get("/wiki/R%C3%A9plique").body()).contains("Seconde version.");
        } finally {
            replay("resume");
        }

        // Once the replica has caught up, the writer's reads move back to it, and everyone sees the edit.
        deadline = System.nanoTime() + 30_000_000_000L;
        HttpResponse<String> later = writer.get("/wiki/R%C3%A9plique");
        while (!readFrom(later).equals("replica") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            later = writer.get("/wiki/R%C3%A9plique");
        }
        assertThat(readFrom(later)).isEqualTo("replica");
        assertThat(later.body()).contains("Seconde version.");
        assertThat(reader.get("/wiki/R%C3%A9plique").body()).contains("Seconde version.");
    }

    @Test
    void signing_in_and_saving_work_with_a_replica_and_the_session_is_read_from_the_primary() {
        WebSession editor = new WebSession(server);
        HttpResponse<String> login = editor.login("writer", PASSWORD);
        assertThat(login.statusCode()).isIn(302, 303);
        HttpResponse<String> form = editor.get("/wiki/Nouvelle/edit");
        assertThat(form.statusCode()).as("the new session is known at once").isEqualTo(200);
        assertThat(editor.post("/wiki/Nouvelle/edit", page("Nouvelle", "topic", "Texte.", null)).statusCode()).isEqualTo(303);
        assertThat(editor.get("/wiki/Nouvelle").body()).contains("Texte.");
    }
}
