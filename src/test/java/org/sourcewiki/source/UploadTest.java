package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/** Editors import articles from the browser through the same import as the command line. */
class UploadTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
        server.addUser("uploader", "correct horse battery", "editor");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_editor_uploads_files_and_sees_the_same_summary_as_the_command_line() throws Exception {
        WebSession editor = new WebSession(server);
        editor.login("uploader", "correct horse battery");
        assertThat(editor.get("/sources").body()).contains("enctype=\"multipart/form-data\"");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../../etc/nouvel-article.txt", "Le Niger et la Russie signent un accord.\n\nLe texte prévoit une coopération."
                .getBytes(Charset.forName("windows-1252")));
        files.put("C:\\\\Users\\\\x\\\\seed.txt", Files.readAllBytes(Path.of("seeds/sources/000_00b142498f9a0335.txt")));
        files.put("vide.txt", new byte[0]);

        HttpResponse<String> result = editor.upload("/sources", files);

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("1 imported, 1 already present, 1 rejected.")
                .contains("nouvel-article.txt").doesNotContain("../../etc").contains("seed.txt").contains("empty file");
        String stored = server.database().jdbi().withHandle(h -> h.createQuery(
                "select file_name from source where file_name like '%nouvel%'").mapTo(String.class).one());
        assertThat(stored).isEqualTo("nouvel-article.txt");
    }

    @Test
    void anonymous_uploads_are_refused_and_write_nothing() {
        int before = server.count("select count(*) from source");
        HttpResponse<String> refused = new WebSession(server).upload("/sources",
                Map.of("a.txt", "Un article.".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(server.count("select count(*) from source")).isEqualTo(before);
    }

    @Test
    void base_names_drop_every_directory() {
        assertThat(SourceController.baseName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SourceController.baseName("C:\\\\a\\\\b.txt")).isEqualTo("b.txt");
        assertThat(SourceController.baseName("..")).isEqualTo("upload");
        assertThat(SourceController.baseName(null)).isEqualTo("upload");
    }
}
