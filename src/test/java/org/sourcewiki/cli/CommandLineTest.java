package org.sourcewiki.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewiki.db.Database;
import org.sourcewiki.support.TestDatabase;

/** The command line as a user runs it: a separate Java process, its output and its exit status. */
class CommandLineTest {
    @TempDir
    Path folder;

    record Run(int status, String out, String err) {
    }

    private static ProcessBuilder java(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.sourcewiki.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("DATABASE_") || k.equals("PORT") || k.equals("DATA_DIR"));
        builder.environment().putAll(env);
        return builder;
    }

    private static Run run(Map<String, String> env, String... args) throws Exception {
        Process process = java(env, args).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private static Map<String, String> database() {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("DATABASE_URL", TestDatabase.createDatabase());
        if (TestDatabase.user() != null) {
            env.put("DATABASE_USER", TestDatabase.user());
        }
        if (TestDatabase.password() != null) {
            env.put("DATABASE_PASSWORD", TestDatabase.password());
        }
        return env;
    }

    @Test
    void import_reports_imported_then_already_present_and_exits_zero() throws Exception {
        Map<String, String> env = database();
        Run first = run(env, "import", "seeds/sources");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported         seeds/sources/000_00b142498f9a0335.txt -> bamada-2025-04-09-cooperation-strategique")
                .contains("5 imported, 0 already present, 0 rejected.");

        Run second = run(env, "import", "seeds/sources/000_00b142498f9a0335.txt");
        assertThat(second.status()).isZero();
        assertThat(second.out()).contains("already present").contains("0 imported, 1 already present, 0 rejected.");
    }

    @Test
    void rejected_files_give_reasons_a_non_zero_status_and_write_nothing() throws Exception {
        Map<String, String> env = database();
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("spaces.txt"), " \u00A0\n\n");
        Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.writeString(folder.resolve("big.txt"), "Un texte assez long. ".repeat(100));

        Run run = run(env, "import", "--max-size", "1K", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("empty.txt: empty file").contains("spaces.txt: empty file: it holds only white space")
                .contains("image.txt: binary file (PNG image)").contains("big.txt: file too large: over the 1 KB limit")
                .contains("0 imported, 0 already present, 4 rejected.");
        assertThat(run.err()).doesNotContain("Exception");
        Run check = run(env, "import", "seeds/sources/001_f38533d8ee72d9d2.txt");
        assertThat(check.out()).contains("1 imported, 0 already present, 0 rejected.");
    }

    @Test
    void import_of_an_address_archives_a_page_served_by_a_local_server_and_refuses_private_ones_by_default()
            throws Exception {
        byte[] page = ("<html lang=\"fr\"><head><title>Niger : un accord minier signé | Le Sahel</title>"
                + "<meta property=\"og:site_name\" content=\"Le Sahel\"></head><body><article>"
                + "<h1>Niger : un accord minier signé</h1><p>Publié le 3 mars 2025</p>"
                + "<p>Niamey a signé un accord minier avec une société russe, selon le ministère des Mines.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/niger/accord-minier", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        try {
            String address = "http://127.0.0.1:" + site.getAddress().getPort() + "/niger/accord-minier";
            Map<String, String> env = database();
            Run refused = run(env, "import", address);
            assertThat(refused.status()).isEqualTo(1);
            assertThat(refused.out()).contains("rejected         " + address + ": refused address 127.0.0.1")
                    .contains("IMPORT_ALLOW_PRIVATE=true");

            env.put("IMPORT_ALLOW_PRIVATE", "true");
            Run imported = run(env, "import", address);
            assertThat(imported.status()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("imported         " + address + " -> sahel-2025-03-03-niger-accord")
                    .contains("1 imported, 0 already present, 0 rejected.");
            try (Database database = Database.connect(env.get("DATABASE_URL"), env.get("DATABASE_USER"),
                    env.get("DATABASE_PASSWORD"), null)) {
                String stored = database.jdbi().withHandle(h -> h.createQuery("select url || ' ' || "
                        + "(metadata_origin ->> 'url') || ' ' || media_type || ' ' || (retrieved_at is not null) || ' ' "
                        + "|| (select length(bytes) from source_original) from source").mapTo(String.class).one());
                assertThat(stored).isEqualTo(address + " fetched text/html true " + page.length);
            }
        } finally {
            site.stop(0);
        }
    }

    @Test
    void user_add_reads_the_password_from_standard_input() throws Exception {
        Map<String, String> env = database();
        Process process = java(env, "user", "add", "grace", "--role", "editor").start();
        process.getOutputStream().write("a long enough password\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(out).contains("Created editor grace.");

        Process weak = java(env, "user", "add", "henry", "--role", "editor").start();
        weak.getOutputStream().write("short\n".getBytes(StandardCharsets.UTF_8));
        weak.getOutputStream().close();
        String err = new String(weak.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(weak.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(weak.exitValue()).isEqualTo(2);
        assertThat(err).contains("at least 10 characters");
        Run none = run(env, "user", "add", "ivan", "--role", "editor");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("no password");
    }

    @Test
    void an_unreachable_database_is_one_clear_line_not_a_stack_trace() throws Exception {
        Run run = run(Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/nothing"), "migrate");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("sourcewiki: Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/nothing")
                .doesNotContain("\tat ");
    }

    @Test
    void the_embedded_database_keeps_its_data_and_is_shared_with_a_running_server() throws Exception {
        Path data = folder.resolve("data");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> env = Map.of("DATA_DIR", data.toString(), "PORT", String.valueOf(port),
                "SEEDS_DIR", folder.resolve("no-seeds").toString());

        Run alone = run(env, "import", "seeds/sources/004_1f8cdc69cbcda2a4.txt");
        assertThat(alone.status()).as(alone.err()).isZero();
        assertThat(alone.out()).contains("1 imported");
        assertThat(alone.err()).contains("data in " + data.toAbsolutePath().resolve("postgres"));

        Process server = java(env, "serve").redirectErrorStream(true).redirectOutput(folder.resolve("server.log").toFile()).start();
        try {
            waitForServer(port, folder.resolve("server.log"));
            Run whileServing = run(env, "import", "seeds/sources/003_bd3f7ee6ff663ce4.txt", "seeds/sources/004_1f8cdc69cbcda2a4.txt");
            assertThat(whileServing.status()).as(whileServing.err()).isZero();
            assertThat(whileServing.out()).contains("1 imported, 1 already present, 0 rejected.");
            assertThat(whileServing.err()).contains("already running");
            String sources = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sources")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(sources).contains("2025-06-russie-soutient").contains("2025-04-02-aes-ministres");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void waitForServer(int port, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("server did not start: " + Files.readString(log));
    }

    @Test
    void check_titles_lists_pages_whose_titles_look_alike_and_exits_one() throws Exception {
        Map<String, String> env = database();
        assertThat(run(env, "migrate").status()).isZero();
        Run clean = run(env, "check-titles");
        assertThat(clean.status()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("No look-alike titles.");
        // Pages made before the title rule folded every space: one with an em space, one with a directional mark.
        try (org.sourcewiki.db.Database database = org.sourcewiki.db.Database.connect(env.get("DATABASE_URL"),
                env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"), null)) {
            database.jdbi().useHandle(handle -> handle.execute("""
                    insert into account (name, password_hash, role) values ('ancien', 'x', 'editor');
                    insert into page (slug, title, kind) values ('Vladimir_Poutine', 'Vladimir Poutine', 'actor'),
                      ('Vladimir\u2003Poutine', 'Vladimir\u2003Poutine', 'actor'), ('Mali\u200E', 'Mali\u200E', 'actor');
                    insert into revision (page_id, author_id, title, kind, body, size)
                      select id, 1, title, kind, 'Texte de ' || title, 10 from page;
                    update page p set current_revision_id = r.id from revision r where r.page_id = p.id;
                    """));
        }
        Run found = run(env, "check-titles");
        assertThat(found.status()).isEqualTo(1);
        assertThat(found.out()).contains("Look-alike titles (all read \"Vladimir Poutine\"):")
                .contains("  Vladimir Poutine  /wiki/Vladimir_Poutine")
                .contains("  Vladimir<U+2003>Poutine  /wiki/Vladimir%E2%80%83Poutine")
                .contains("Title not in its normal form: Mali<U+200E> (reads \"Mali\"");
        Run renamed = run(env, "check-titles", "--rename");
        assertThat(renamed.status()).as(renamed.out() + renamed.err()).isZero();
        assertThat(renamed.out()).contains("Renamed Vladimir<U+2003>Poutine to \"Vladimir Poutine (2)\"")
                .contains("Renamed Mali<U+200E> to \"Mali\"");
        assertThat(run(env, "check-titles").status()).isZero();
    }
}
