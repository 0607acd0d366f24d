package org.sourcewiki.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewiki.config.Config;

/**
 * Processes sharing one data folder's embedded PostgreSQL: whichever leaves first, the others keep a working
 * database; the last one out stops it; a PostgreSQL left running with no process is adopted and stopped.
 * (The leases are per process and per database opened, so two databases opened here stand for two processes.)
 */
class EmbeddedDatabaseOwnershipTest {
    @TempDir
    Path data;

    private Config config() {
        return Config.fromMap(Map.of("DATA_DIR", data.toString()));
    }

    private static int answer(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
    }

    private boolean running() {
        return EmbeddedServerProbe.runningPort(data.resolve("postgres").toAbsolutePath()).isPresent();
    }

    @Test
    void the_first_to_start_may_leave_first_and_the_last_out_stops_postgresql() {
        Database starter = Database.open(config());
        Database sharer = Database.open(config());
        assertThat(answer(sharer)).isEqualTo(1);

        starter.close();
        assertThat(running()).isTrue();
        assertThat(answer(sharer)).isEqualTo(1);

        sharer.close();
        assertThat(running()).isFalse();
    }

    @Test
    void the_sharer_may_leave_first_and_the_starter_still_stops_it() {
        Database starter = Database.open(config());
        Database sharer = Database.open(config());
        sharer.close();
        assertThat(answer(starter)).isEqualTo(1);
        starter.close();
        assertThat(running()).isFalse();
    }

    @Test
    void an_orphaned_postgresql_is_adopted_and_stopped_when_its_adopter_leaves() throws Exception {
        // A PostgreSQL started on the data folder by a process that then died without a word.
        EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres").toAbsolutePath())
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
        int orphanPort = orphan.getPort();

        Database adopter = Database.open(config());
        assertThat(answer(adopter)).isEqualTo(1);
        assertThat(EmbeddedServerProbe.runningPort(data.resolve("postgres").toAbsolutePath())).hasValue(orphanPort);

        adopter.close();
        assertThat(running()).isFalse();
    }

    @Test
    void a_dead_process_lease_does_not_keep_postgresql_running() throws Exception {
        Database database = Database.open(config());
        java.nio.file.Files.writeString(data.resolve("postgres.users").resolve("999999999-1"), "");
        database.close();
        assertThat(running()).isFalse();
    }
}
