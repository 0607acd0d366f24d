package org.sourcewiki.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where data/ and seeds/ are read from when the jar is started from another folder. */
class ConfigHomeTest {
    @TempDir
    Path temp;

    @Test
    void the_working_directory_wins_when_it_holds_seeds_or_data() throws Exception {
        Path repository = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(repository.resolve("seeds"));
        Path elsewhere = Files.createDirectories(temp.resolve("mine"));
        Files.createDirectories(elsewhere.resolve("data"));
        assertThat(Config.home(elsewhere, repository.resolve("target"))).isEqualTo(elsewhere);
        assertThat(Config.home(repository, repository.resolve("target"))).isEqualTo(repository);
    }

    @Test
    void started_from_an_empty_folder_the_jar_finds_the_repository_it_was_built_in() throws Exception {
        Path repository = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectories(repository.resolve("seeds"));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(Config.home(empty, repository.resolve("target"))).isEqualTo(repository);
        Config config = Config.fromMap(Map.of(), Config.home(empty, repository.resolve("target")));
        assertThat(config.seedsDirectory()).isEqualTo(repository.resolve("seeds"));
        assertThat(config.dataDirectory()).isEqualTo(repository.resolve("data"));
    }

    @Test
    void without_seeds_anywhere_the_working_directory_is_kept_and_absolute_settings_win() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path jarFolder = Files.createDirectories(temp.resolve("loose"));
        assertThat(Config.home(empty, jarFolder)).isEqualTo(empty);
        assertThat(Config.home(empty, null)).isEqualTo(empty);
        Path data = temp.resolve("elsewhere-data");
        assertThat(Config.fromMap(Map.of("DATA_DIR", data.toString()), empty).dataDirectory()).isEqualTo(data);
    }
}
