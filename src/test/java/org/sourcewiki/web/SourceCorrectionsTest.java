package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/** Editors correct a source's metadata and a passage's kind; each correction is kept; citations keep resolving. */
class SourceCorrectionsTest {
    private static final String BAMADA = "bamada-2025-04-09-cooperation-strategique";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(true);
        server.addUser("corrector", "correct horse battery", "editor");
        server.addUser("other", "correct horse battery", "editor");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebSession editor(String name) {
        WebSession session = new WebSession(server);
        session.login(name, "correct horse battery");
        return session;
    }

    private static Map<String, String> metadata(String date, String summary, String base) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Coopération stratégique : La Confédération des États du Sahel renforce ses liens avec la Fédération de Russie");
        form.put("publisher", "Bamada.net");
        form.put("author", "");
        form.put("date", date);
        form.put("language", "fr");
        form.put("url", "");
        form.put("summary", summary);
        form.put("base_edit", base);
        return form;
    }

    @Test
    void an_editor_corrects_a_date_and_a_passage_kind_and_both_show_in_the_history_while_citations_still_resolve() {
        WebSession editor = editor("corrector");
        String before = server.get("/wiki/Assimi_Goïta").body();
        String form = editor.get("/sources/" + BAMADA + "/edit").body();
        String base = form.replaceAll("(?s).*name=\"base_edit\" value=\"(\\d+)\".*", "$1");

        HttpResponse<String> saved = editor.post("/sources/" + BAMADA + "/edit",
                metadata("2025-04", "The article dates the event, not its publication", base));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValue("/sources/" + BAMADA + "/history");

        HttpResponse<String> kind = editor.post("/sources/" + BAMADA + "/passages/2/kind",
                Map.of("from_kind", "body", "kind", "boilerplate", "summary", "A site menu, not the article"));
        assertThat(kind.statusCode()).isEqualTo(302);

        String history = server.get("/sources/" + BAMADA + "/history").body();
        assertThat(history).contains("corrector").contains("The article dates the event, not its publication")
                .contains("2025-04-09").contains("2025-04").contains("A site menu, not the article")
                .contains("¶2").contains("article text → web-page matter (boilerplate)");
        assertThat(server.get("/api/sources/" + BAMADA).body()).contains("\"date\" : \"2025-04\"")
                .contains("\"kind_reason\" : \"editor\"");
        assertThat(server.count("select count(*) from source where slug = '" + BAMADA
                + "' and metadata_origin ->> 'date' = 'editor' and metadata_origin ->> 'published' is null")).isEqualTo(1);
        assertThat(server.get("/api/sources/" + BAMADA).body()).contains("\"date_inferred\" : false");
        // Found by an acceptance walk: a date in square brackets is inferred from the text, as in a file's header.
        String again = editor.get("/sources/" + BAMADA + "/edit").body()
                .replaceAll("(?s).*name=\"base_edit\" value=\"(\\d+)\".*", "$1");
        assertThat(editor.post("/sources/" + BAMADA + "/edit",
                metadata("[2025-04-08]", "The day of the event the article reports", again)).statusCode()).isEqualTo(302);
        assertThat(server.get("/api/sources/" + BAMADA).body()).contains("\"date\" : \"2025-04-08\"")
                .contains("\"date_inferred\" : true");
        String after = server.get("/wiki/Assimi_Goïta").body();
        assertThat(after).contains("/sources/" + BAMADA + "?mark=");
        assertThat(after.split("/sources/" + BAMADA + "\\?mark=").length)
                .isEqualTo(before.split("/sources/" + BAMADA + "\\?mark=").length);
    }

    @Test
    void a_correction_saved_meanwhile_is_shown_and_nothing_typed_is_lost() {
        String slug = "2025-06-russie-soutient";
        WebSession first = editor("corrector");
        WebSession second = editor("other");
        String base = second.get("/sources/" + slug + "/edit").body()
                .replaceAll("(?s).*name=\"base_edit\" value=\"(\\d+)\".*", "$1");
        Map<String, String> firstForm = new LinkedHashMap<>(metadata("2025-06-01", "First correction", base));
        firstForm.put("title", "Titre corrigé par le premier");
        assertThat(first.post("/sources/" + slug + "/edit", firstForm).statusCode()).isEqualTo(302);

        Map<String, String> secondForm = new LinkedHashMap<>(metadata("2025-06-02", "Second correction typed meanwhile", base));
        secondForm.put("title", "Titre du second");
        HttpResponse<String> conflict = second.post("/sources/" + slug + "/edit", secondForm);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Titre corrigé par le premier").contains("Titre du second")
                .contains("Second correction typed meanwhile").contains("2025-06-02");

        // A hostile tester (session 16): a forged base newer than any correction skipped the check.
        Map<String, String> forged = new LinkedHashMap<>(metadata("2025-06-03", "Forged base", "99999999"));
        forged.put("title", "Titre forcé");
        assertThat(second.post("/sources/" + slug + "/edit", forged).statusCode()).isEqualTo(409);
    }

    /** A passage's kind as the JSON API gives it. */
    private static String kindOf(String slug, int number) throws Exception {
        for (JsonNode passage : new ObjectMapper().readTree(server.get("/api/sources/" + slug).body()).get("passages")) {
            if (passage.get("number").asInt() == number) {
                return passage.get("kind").asText();
            }
        }
        throw new AssertionError("no passage " + number);
    }

    private static String other(String kind) {
        return kind.equals("body") ? "boilerplate" : "body";
    }

    @Test
    void a_kind_corrected_while_the_metadata_form_was_open_is_no_conflict_nor_the_other_way_round() throws Exception {
        String slug = "partenariat-aes-russie-reunion";
        WebSession editor = editor("corrector");
        // Both forms are opened first: the metadata form, and the kind forms of passages 2 and 3 (what they show).
        String base = editor.get("/sources/" + slug + "/edit").body()
                .replaceAll("(?s).*name=\"base_edit\" value=\"(\\d+)\".*", "$1");
        String second = kindOf(slug, 2);
        String third = kindOf(slug, 3);

        assertThat(editor.post("/sources/" + slug + "/passages/2/kind", Map.of("from_kind", second,
                "kind", other(second), "summary", "Corrected before the metadata")).statusCode()).isEqualTo(302);
        Map<String, String> form = new LinkedHashMap<>(metadata("2025-04-02", "The title the page shows", base));
        form.put("title", "Partenariat AES–Russie : une réunion à Moscou");
        HttpResponse<String> saved = editor.post("/sources/" + slug + "/edit", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(server.get("/api/sources/" + slug).body()).contains("Partenariat AES–Russie : une réunion à Moscou");
        assertThat(editor.post("/sources/" + slug + "/passages/3/kind", Map.of("from_kind", third,
                "kind", other(third), "summary", "Corrected after the metadata")).statusCode()).isEqualTo(302);

        // A metadata form opened before that metadata save is still stale, and shows what was saved.
        HttpResponse<String> conflict = editor.post("/sources/" + slug + "/edit",
                metadata("2025-04-03", "Typed on the old form", base));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Partenariat AES–Russie : une réunion à Moscou").contains("Typed on the old form");
    }

    @Test
    void bad_metadata_and_missing_reasons_are_refused_with_the_form_kept() {
        WebSession editor = editor("corrector");
        String slug = "2025-04-02-aes-ministres";
        HttpResponse<String> refused = editor.post("/sources/" + slug + "/edit",
                metadata("2025-02-30", "", "0"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("must be a real date").contains("Say why").contains("2025-02-30");

        HttpResponse<String> noReason = editor.post("/sources/" + slug + "/passages/1/kind",
                Map.of("from_kind", "body", "kind", "boilerplate", "summary", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> stale = editor.post("/sources/" + slug + "/passages/1/kind",
                Map.of("from_kind", "boilerplate", "kind", "body", "summary", "stale form"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("stale form");
        assertThat(server.count("select count(*) from source_edit e join source s on s.id = e.source_id where s.slug = '"
                + slug + "'")).isZero();
    }

    @Test
    void readers_cannot_correct_and_the_history_is_public() {
        WebSession reader = new WebSession(server);
        assertThat(reader.post("/sources/" + BAMADA + "/passages/3/kind",
                Map.of("from_kind", "body", "kind", "boilerplate", "summary", "x")).statusCode()).isEqualTo(403);
        assertThat(reader.get("/sources/" + BAMADA + "/edit").statusCode()).isEqualTo(403);
        assertThat(server.get("/sources/" + BAMADA + "/history").statusCode()).isEqualTo(200);
    }
}
