package org.sourcewiki.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewiki.source.Importers;
import org.sourcewiki.support.HtmlChecker;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/** Editors decide the review queue over HTTP: confirm, correct, leave; with CSRF; bad input gets a clear answer. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the decisions follow one another on one queue
class ReviewWebTest {
    private static final String BAMADA = SourceVersionsTest.BAMADA;
    private static TestServer server;

    @TempDir
    static Path folder;

    @BeforeAll
    static void importEditedVersion() throws Exception {
        server = new TestServer(true);
        server.addUser("reviewer", "correct horse battery", "editor");
        String original = Files.readString(SourceVersionsTest.SEED, StandardCharsets.UTF_8);
        Path edited = folder.resolve("bamada-corrected.txt");
        Files.writeString(edited, SourceVersionsTest.editedSeed(original, SourceVersionsTest.passages(server, BAMADA)),
                StandardCharsets.UTF_8);
        Importers.create(server.database(), 5L * 1024 * 1024).importFile(edited);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebSession editor() {
        WebSession session = new WebSession(server);
        session.login("reviewer", "correct horse battery");
        return session;
    }

    /** The pending entry of a page's citation of that passage of version 1. */
    private static long entry(String page, int passage) {
        return server.database().jdbi().withHandle(h -> h.createQuery("""
                select r.id from citation_review r join page p on p.id = r.page_id
                join citation c on c.revision_id = r.revision_id and c.ordinal = r.ordinal
                where p.slug = :page and c.passage_number = :passage and r.status = 'pending' order by r.id limit 1
                """).bind("page", page).bind("passage", passage).mapTo(Long.class).one());
    }

    private static String status(long id) {
        return server.database().jdbi().withHandle(h -> h.createQuery("select status from citation_review where id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private static String currentBody(String page) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                "select r.body from page p join revision r on r.id = p.current_revision_id where p.slug = :page")
                .bind("page", page).mapTo(String.class).one());
    }

    @Test
    @Order(1)
    void anyone_reads_the_queue_but_only_an_editor_with_the_csrf_token_decides() {
        long id = entry("Abdoulaye_Diop", 8);
        HttpResponse<String> page = server.get("/review");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Abdoulaye Diop").contains("@" + BAMADA + "#p8")
                .doesNotContain("/review/" + id + "/leave");

        WebSession anonymous = new WebSession(server);
        assertThat(anonymous.post("/review/" + id + "/leave", Map.of()).statusCode()).isEqualTo(403);
        WebSession editor = editor();
        assertThat(editor.get("/review").body()).contains("/review/" + id + "/leave");
        assertThat(editor.postRaw("/review/" + id + "/leave", Map.of()).statusCode()).isEqualTo(403);
        assertThat(editor.postRaw("/review/" + id + "/leave", Map.of("_csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("pending");
    }

    @Test
    @Order(1)
    void the_review_queue_and_the_version_pages_are_valid_html_for_readers_and_editors() throws Exception {
        WebSession editor = editor();
        for (String path : new String[] {"/review", "/sources/" + BAMADA, "/sources/" + BAMADA + "-v2",
                "/sources/" + BAMADA + "-v2/diff", "/sources"}) {
            assertThat(HtmlChecker.errors(server.get(path).body())).as(path).isEmpty();
            assertThat(HtmlChecker.errors(editor.get(path).body())).as(path + " as an editor").isEmpty();
        }
    }

    @Test
    @Order(2)
    void confirming_a_fuzzy_proposal_moves_the_citation_in_a_new_revision_by_the_editor() {
        long id = entry("Abdoulaye_Diop", 4);
        String before = currentBody("Abdoulaye_Diop");
        HttpResponse<String> confirmed = editor().post("/review/" + id + "/confirm", Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/review?decided=" + id + "#decided");

        assertThat(status(id)).isEqualTo("confirmed");
        String after = currentBody("Abdoulaye_Diop");
        assertThat(after).isNotEqualTo(before).contains("@" + BAMADA + "-v2#p5 \"")
                .contains("très haut niveau").doesNotContain("@" + BAMADA + "#p4 \"relatif");
        assertThat(server.get("/api/pages/Abdoulaye_Diop/revisions").body()).contains("reviewer").contains("confirmed in review");
        assertThat(server.get("/review?decided=" + id).body()).contains("now cites version 2");
        // Decided once: a second decision is refused with a clear message.
        HttpResponse<String> again = editor().post("/review/" + id + "/leave", Map.of());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("is not waiting for review");
    }

    @Test
    @Order(3)
    void a_correction_that_does_not_resolve_is_refused_with_the_typed_words_kept_then_a_good_one_is_applied() {
        long id = entry("Abdoulaye_Diop", 8);
        WebSession editor = editor();
        HttpResponse<String> refused = editor.post("/review/" + id + "/correct",
                Map.of("passage", "9", "quote", "des mots absents de ce passage"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("these words are not in that passage").contains("des mots absents de ce passage");
        assertThat(status(id)).isEqualTo("pending");
        // Words with a line break or a control character would cut a field value's line or hide text: refused.
        for (String bad : new String[] {"Monsieur Abdoulaye Diop\na conduit", "Monsieur \u0007Abdoulaye", "Diop \u202E"}) {
            HttpResponse<String> unwritable = editor.post("/review/" + id + "/correct", Map.of("passage", "9", "quote", bad));
            assertThat(unwritable.statusCode()).as(bad).isEqualTo(400);
            assertThat(status(id)).isEqualTo("pending");
        }

        HttpResponse<String> corrected = editor.post("/review/" + id + "/correct", Map.of("passage", "9", "quote", ""));
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("corrected");
        assertThat(currentBody("Abdoulaye_Diop")).contains("[@" + BAMADA + "-v2#p9]");
    }

    @Test
    @Order(4)
    void leaving_a_citation_keeps_it_on_version_1_and_says_so() {
        long id = server.database().jdbi().withHandle(h -> h.createQuery(
                "select id from citation_review where status = 'pending' and page_id <> (select id from page where slug = 'Abdoulaye_Diop') order by id limit 1")
                .mapTo(Long.class).findOne()).orElseGet(() -> entry("Abdoulaye_Diop", 8));
        String before = server.database().jdbi().withHandle(h -> h.createQuery(
                "select p.current_revision_id from citation_review r join page p on p.id = r.page_id where r.id = :id")
                .bind("id", id).mapTo(Long.class).one()).toString();
        assertThat(editor().post("/review/" + id + "/leave", Map.of()).statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("left");
        String after = server.database().jdbi().withHandle(h -> h.createQuery(
                "select p.current_revision_id from citation_review r join page p on p.id = r.page_id where r.id = :id")
                .bind("id", id).mapTo(Long.class).one()).toString();
        assertThat(after).isEqualTo(before);
        assertThat(server.get("/review").body()).contains("left on the older version");
    }

    @Test
    @Order(5)
    void bad_input_gets_a_clear_answer_never_a_server_error() {
        WebSession editor = editor();
        assertThat(editor.post("/review/abc/confirm", Map.of()).statusCode()).isEqualTo(404);
        assertThat(editor.post("/review/99999999/leave", Map.of()).statusCode()).isEqualTo(400);
        assertThat(editor.post("/review/99999999999999999999/leave", Map.of()).statusCode()).isEqualTo(404);
        long id = server.database().jdbi().withHandle(h -> h.createQuery(
                "select id from citation_review where status = 'pending' order by id desc limit 1").mapTo(Long.class).one());
        HttpResponse<String> negative = editor.post("/review/" + id + "/correct", Map.of("passage", "-1", "quote", "x"));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("is not a passage number");
        assertThat(editor.post("/review/" + id + "/correct", Map.of("passage", "99999", "quote", "")).body())
                .contains("the source has no passage with this number");
        assertThat(editor.post("/review/" + id + "/correct", Map.of("quote", "x")).statusCode()).isEqualTo(400);
        assertThat(editor.post("/review/" + id + "/correct", Map.of("passage", "3", "quote", "a\" ] b")).statusCode())
                .isIn(400, 302);
        assertThat(server.get("/review?decided=xyz").statusCode()).isEqualTo(200);
    }
}
