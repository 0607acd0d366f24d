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
    void a_picked_folder_follows_the_command_line_rules_hidden_files_and_other_kinds_are_skipped_and_listed() {
        WebSession editor = new WebSession(server);
        editor.login("uploader", "correct horse battery");
        int before = server.count("select count(*) from source");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("folder/.hidden-article.txt", "Un article caché sur le Mali et la Russie.".getBytes(StandardCharsets.UTF_8));
        files.put("folder/.git/config.txt", "Une configuration qui n’est pas un article.".getBytes(StandardCharsets.UTF_8));
        files.put("folder/photo.jpg", "foo".getBytes(StandardCharsets.UTF_8));
        files.put("folder/dossier-visible.txt", "Le Burkina Faso et le Niger signent un accord minier à Niamey."
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> result = editor.upload("/sources", files);

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("1 imported, 0 already present, 0 rejected, 3 skipped.")
                .contains("folder/.hidden-article.txt").contains("folder/.git/config.txt").contains("folder/photo.jpg")
                .contains("skipped: hidden file").contains("skipped: not an article file (jpg)")
                .contains("dossier-visible.txt");
        assertThat(server.count("select count(*) from source")).isEqualTo(before + 1);
        assertThat(server.count("select count(*) from source where file_name in ('.hidden-article.txt', 'config.txt', "
                + "'photo.jpg')")).isZero();
    }

    @Test
    void the_upload_and_the_folder_walk_share_one_rule_on_which_files_are_read() {
        assertThat(ArticleFiles.skipReason("folder/.git/config.txt")).contains("in a hidden folder");
        assertThat(ArticleFiles.skipReason("folder\\.hidden-article.txt")).contains("hidden file");
        assertThat(ArticleFiles.skipReason("Photo.JPG")).contains("not an article file (jpg)");
        assertThat(ArticleFiles.skipReason("../../etc/nouvel-article.txt")).isEmpty();
        assertThat(ArticleFiles.skipReason("./notes")).isEmpty();
        assertThat(ArticleFiles.skipReason("Rapport.PDF")).isEmpty();
        assertThat(FileNames.shown("folder/.git/con\nfig.txt")).isEqualTo("folder/.git/config.txt");
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
        assertThat(FileNames.stored("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.stored("C:\\\\a\\\\b.txt")).isEqualTo("b.txt");
        assertThat(FileNames.stored("..")).isEqualTo("upload");
        assertThat(FileNames.stored(null)).isEqualTo("upload");
    }

    @Test
    void file_names_are_nfc_without_control_characters_and_at_most_255_bytes() {
        assertThat(FileNames.stored("  Ame\u0301lie\u0007 notes.txt ")).isEqualTo("Amélie notes.txt");
        assertThat(FileNames.stored("a\nb\u202Ec.txt")).isEqualTo("abc.txt");
        String long_ = "é".repeat(200) + ".pdf";
        String stored = FileNames.stored(long_);
        assertThat(stored.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(stored).endsWith("é.pdf").startsWith("éé");
        assertThat(FileNames.stored("\u0001\u0002")).isEqualTo("upload");
    }

    @Test
    void malformed_oversized_and_strangely_encoded_bodies_get_a_clear_4xx_and_change_nothing() {
        WebSession editor = new WebSession(server);
        editor.login("uploader", "correct horse battery");
        int before = server.count("select count(*) from source");
        String csrf = editor.csrf();
        String part = "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n";

        HttpResponse<String> noBoundary = editor.newConnection().postBody("/sources", "multipart/form-data",
                ("_csrf=" + csrf).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> truncated = editor.newConnection().postBody("/sources", "multipart/form-data; boundary=XX",
                (part + "--XX\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nhello wor")
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> newlineInName = editor.newConnection().postBody("/sources", "multipart/form-data; boundary=XX",
                (part + "--XX\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\nb.txt\"\r\n\r\n"
                        + "Un article.\r\n--XX--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> tooLarge = editor.newConnection().upload("/sources", Map.of("huge.txt", huge));
        HttpResponse<String> unknownCharset = editor.newConnection().postBody("/logout",
                "application/x-www-form-urlencoded; charset=no-such-charset", ("_csrf=" + csrf).getBytes(StandardCharsets.UTF_8));

        assertThat(noBoundary.statusCode()).isEqualTo(400);
        assertThat(noBoundary.body()).contains("malformed");
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(newlineInName.statusCode()).isEqualTo(400);
        assertThat(newlineInName.body()).doesNotContain("could not answer").contains("A file name in the upload holds a "
                + "control character or a line break").contains("Rename the file");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("5 MB");
        assertThat(unknownCharset.statusCode()).isEqualTo(415);
        assertThat(server.count("select count(*) from source")).isEqualTo(before);
    }

    @Test
    void a_control_character_or_line_break_in_a_file_name_is_named_as_the_problem_and_changes_nothing() {
        WebSession editor = new WebSession(server);
        editor.login("uploader", "correct horse battery");
        int before = server.count("select count(*) from source");
        String part = "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + editor.csrf() + "\r\n";
        for (String name : java.util.List.of("a\u0001b.txt", "a\u001Bb.txt", "a\u007Fb.txt", "a\nb.txt", "a\rb.txt", "a\r\nb.txt")) {
            HttpResponse<String> refused = editor.newConnection().postBody("/sources", "multipart/form-data; boundary=XX",
                    (part + "--XX\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n\r\n"
                            + "Un article sur le Niger.\r\n--XX--\r\n").getBytes(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).as(name).isEqualTo(400);
            assertThat(refused.body()).as(name).contains("A file name in the upload holds a control character or a line break")
                    .contains("Rename the file").doesNotContain("malformed or cut short");
        }
        // A body cut short is still told as such.
        HttpResponse<String> truncated = editor.newConnection().postBody("/sources", "multipart/form-data; boundary=XX",
                (part + "--XX\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nhello wor")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(truncated.body()).contains("malformed or cut short").doesNotContain("Rename the file");
        assertThat(server.count("select count(*) from source")).isEqualTo(before);
    }

    @Test
    void an_upload_between_the_limit_and_the_multipart_cap_is_rejected_naming_the_limit() {
        WebSession editor = new WebSession(server);
        editor.login("uploader", "correct horse battery");
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> result = editor.upload("/sources", Map.of("big.txt", big));
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("big.txt").contains("too large");
    }

    @Test
    void a_new_version_is_one_text_so_several_files_with_new_version_of_are_refused_and_nothing_is_imported() {
        WebSession editor = new WebSession(server);
        editor.login("uploader", "correct horse battery");
        int before = server.count("select count(*) from source");
        HttpResponse<String> refused = editor.upload("/sources",
                Map.of("one.txt", "Premier texte sans rapport.".getBytes(StandardCharsets.UTF_8),
                        "two.txt", "Deuxième texte sans rapport.".getBytes(StandardCharsets.UTF_8)),
                Map.of("new_version_of", "2025-06-russie-soutient"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("A new version is one text");
        assertThat(server.count("select count(*) from source")).isEqualTo(before);
    }
}
