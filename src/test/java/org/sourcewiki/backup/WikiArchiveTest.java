package org.sourcewiki.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import org.sourcewiki.support.TestDatabase;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;
import org.sourcewiki.web.WebApp;

/** export → restore → export gives the same bytes; ids, permalinks and digests survive; bad files write nothing. */
class WikiArchiveTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(true);
        server.addUser("archivist", "correct horse battery", "editor");
        WebSession editor = new WebSession(server);
        editor.login("archivist", "correct horse battery");
        editor.post("/sources/2025-06-russie-soutient/passages/1/kind",
                Map.of("from_kind", "boilerplate", "kind", "body", "summary", "the date as the page printed it"));
        // Edits of the last seed pages: revisions 12 and up, whose parents (9, 10, 11) sort after them as text, as
        // an export once wrote them.
        for (String slug : new String[] {"Vladimir_Poutine", "Mali", "F%C3%A9d%C3%A9ration_de_Russie"}) {
            String path = "/api/pages/" + slug;
            JsonNode page = readJson(editor.get(path).body());
            editor.post("/wiki/" + slug + "/edit", WebSession.page(page.get("title").asText(), "actor",
                    page.get("body").asText() + "\n\nAjout.", page.get("id").asText(), "subtype",
                    page.get("fields").path("subtype").asText("person")));
        }
        assertThat(server.count("select count(*) from revision where parent_id is not null")).isEqualTo(3);
    }

    private static JsonNode readJson(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] export(Database database) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection connection = database.dataSource().getConnection()) {
            WikiArchive.export(connection, database.schemaVersion(), out);
        }
        return out.toByteArray();
    }

    @Test
    void the_demo_wiki_round_trips_byte_for_byte_with_its_revision_ids_and_permalinks() throws Exception {
        byte[] first = export(server.database());
        WikiArchive.Manifest manifest = WikiArchive.readManifest(new ByteArrayInputStream(first));
        assertThat(manifest.tables()).extracting(WikiArchive.Table::name)
                .contains("source", "passage", "page", "revision", "citation", "account", "source_edit")
                .doesNotContain("session", "login_throttle", "flyway_schema_history");
        assertThat(manifest.tables().stream().filter(t -> t.name().equals("page")).findFirst().orElseThrow().deferredColumns())
                .containsExactly("current_revision_id");

        try (Database copy = TestDatabase.fresh()) {
            try (Connection connection = copy.dataSource().getConnection()) {
                Map<String, Long> restored = WikiArchive.restore(connection, manifest, new ByteArrayInputStream(first));
                assertThat(restored.get("revision")).isEqualTo((long) server.count("select count(*) from revision"));
            }
            byte[] second = export(copy);
            assertThat(second).isEqualTo(first);

            long revision = server.count("select max(id) from revision where title = 'Assimi Goïta'");
            Javalin app = WebApp.create(Config.fromMap(Map.of("PORT", "0")), copy).start("127.0.0.1", 0);
            try {
                HttpResponse<String> original = server.get("/wiki/Assimi_Go%C3%AFta?rev=" + revision);
                HttpResponse<String> restoredPage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/wiki/Assimi_Go%C3%AFta?rev=" + revision)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(restoredPage.statusCode()).isEqualTo(200);
                assertThat(restoredPage.body().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                        .contains("rev=" + revision);
                assertThat(original.body()).contains("rev=" + revision);
            } finally {
                app.stop();
            }
            long next = copy.jdbi().withHandle(h -> h.createQuery(
                    "select nextval(pg_get_serial_sequence('revision', 'id'))").mapTo(Long.class).one());
            assertThat(next).isGreaterThan(server.count("select max(id) from revision"));
        }
    }

    @Test
    void a_damaged_export_or_a_database_that_is_not_empty_is_refused_and_nothing_is_written() throws Exception {
        byte[] good = export(server.database());
        WikiArchive.Manifest manifest = WikiArchive.readManifest(new ByteArrayInputStream(good));
        byte[] damaged = good.clone();
        // Flip a byte inside the first stored table's data, past the zip entry header.
        damaged[200] ^= 0x20;
        try (Database copy = TestDatabase.fresh()) {
            try (Connection connection = copy.dataSource().getConnection()) {
                assertThatThrownBy(() -> WikiArchive.restore(connection, manifest, new ByteArrayInputStream(damaged)))
                        .isInstanceOf(Exception.class);
            }
            int accounts = copy.jdbi().withHandle(h -> h.createQuery("select count(*) from account").mapTo(Integer.class).one());
            assertThat(accounts).isZero();
        }
        try (Connection connection = server.database().dataSource().getConnection()) {
            assertThatThrownBy(() -> WikiArchive.restore(connection, manifest, new ByteArrayInputStream(good)))
                    .hasMessageContaining("not empty");
        }
        assertThatThrownBy(() -> WikiArchive.readManifest(new ByteArrayInputStream("not a zip".getBytes())))
                .hasMessageContaining("no manifest");
    }
}
