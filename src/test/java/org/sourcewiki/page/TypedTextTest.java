package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/** Nothing an editor types is thrown away: every refused save shows the form again with all of it and a reason. */
class TypedTextTest {
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
        server.addUser("writer", PASSWORD, "editor");
        server.addUser("rival", PASSWORD, "editor");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebSession signedIn(String name) {
        WebSession session = new WebSession(server);
        session.login(name, PASSWORD);
        return session;
    }

    private static long current(String slug) {
        return server.count("select current_revision_id from page where slug = '" + slug + "'");
    }

    @Test
    void signed_out_in_another_tab_a_save_shows_the_form_with_the_text_and_how_to_go_on() {
        WebSession writer = signedIn("writer");
        String csrf = writer.csrf();
        WebSession otherTab = writer.newConnection();
        otherTab.post("/logout", Map.of());

        HttpResponse<String> refused = writer.postRaw("/wiki/Texte_gardé/edit",
                withCsrf(csrf, page("Texte gardé", "topic", "Un long paragraphe tapé avec soin.", null)));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You are signed out").contains("Un long paragraphe tapé avec soin.")
                .contains("target=\"_blank\"");
        assertThat(server.count("select count(*) from page where title = 'Texte gardé'")).isZero();
    }

    @Test
    void a_form_made_before_signing_in_again_elsewhere_comes_back_with_the_text_and_saves_the_second_time() {
        WebSession writer = signedIn("writer");
        String oldToken = writer.csrf();
        writer.newConnection().login("writer", PASSWORD); // a new session and token in the same browser

        HttpResponse<String> renewed = writer.postRaw("/wiki/Jeton_renouvelé/edit",
                withCsrf(oldToken, page("Jeton renouvelé", "topic", "Le texte survit au nouveau jeton.", null)));

        assertThat(renewed.statusCode()).isEqualTo(403);
        assertThat(renewed.body()).contains("had to be renewed").contains("Le texte survit au nouveau jeton.");
        String freshToken = renewed.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        assertThat(freshToken).isNotEqualTo(oldToken).isEqualTo(writer.csrf());
        HttpResponse<String> saved = writer.postRaw("/wiki/Jeton_renouvelé/edit",
                withCsrf(freshToken, page("Jeton renouvelé", "topic", "Le texte survit au nouveau jeton.", null)));
        assertThat(saved.statusCode()).isEqualTo(303);
    }

    @Test
    void fields_typed_under_another_kind_are_refused_by_name_and_kept() {
        WebSession writer = signedIn("writer");
        HttpResponse<String> refused = writer.post("/wiki/Mauvaise_sorte/edit",
                page("Mauvaise sorte", "topic", "Texte.", null, "role", "Ministre des Affaires étrangères",
                        "parties", "Mali\r\nNiger"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The field “role” belongs to another kind of page")
                .contains("The field “parties” belongs to another kind of page")
                .contains("Ministre des Affaires étrangères").contains("Mali\nNiger");
        assertThat(server.count("select count(*) from page where title = 'Mauvaise sorte'")).isZero();
        HttpResponse<String> asAgreement = writer.post("/wiki/Mauvaise_sorte/edit",
                page("Mauvaise sorte", "agreement", "Texte.", null, "parties", "Mali\r\nNiger"));
        assertThat(asAgreement.statusCode()).as("CR LF line breaks of a textarea are line breaks").isEqualTo(303);
    }

    @Test
    void saving_again_from_a_conflict_never_overwrites_silently_and_overwriting_is_an_explicit_choice() {
        WebSession writer = signedIn("writer");
        WebSession rival = signedIn("rival");
        writer.post("/wiki/Conflit/edit", page("Conflit", "topic", "Première ligne.", null));
        String base = String.valueOf(current("Conflit"));
        assertThat(rival.post("/wiki/Conflit/edit", page("Conflit", "topic", "Ligne du rival.", base)).statusCode()).isEqualTo(303);
        long theirs = current("Conflit");

        HttpResponse<String> conflict = writer.post("/wiki/Conflit/edit", page("Conflit", "topic", "Ligne de l’auteur.", base));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Ligne du rival.").contains("Ligne de l’auteur.")
                .contains("name=\"base_revision\" value=\"" + base + "\"")
                .contains("name=\"overwrite\" value=\"" + theirs + "\"");

        HttpResponse<String> again = writer.post("/wiki/Conflit/edit", page("Conflit", "topic", "Ligne de l’auteur.", base));
        assertThat(again.statusCode()).as("a plain save from the conflict page conflicts again").isEqualTo(409);
        assertThat(current("Conflit")).isEqualTo(theirs);

        Map<String, String> overwrite = new LinkedHashMap<>(page("Conflit", "topic", "Ligne de l’auteur.", base));
        overwrite.put("overwrite", String.valueOf(theirs));
        assertThat(writer.post("/wiki/Conflit/edit", overwrite).statusCode()).isEqualTo(303);
        assertThat(server.count("select count(*) from revision r join page p on p.id = r.page_id "
                + "where p.slug = 'Conflit' and r.parent_id = " + theirs + " and r.body = 'Ligne de l’auteur.'")).isEqualTo(1);
    }

    @Test
    void an_automatic_merge_tells_the_editor_which_revision_it_merged_with() {
        WebSession writer = signedIn("writer");
        WebSession rival = signedIn("rival");
        writer.post("/wiki/Fusion/edit", page("Fusion", "topic", "Un.\n\nDeux.\n\nTrois.", null));
        String base = String.valueOf(current("Fusion"));
        rival.post("/wiki/Fusion/edit", page("Fusion", "topic", "Un, modifié.\n\nDeux.\n\nTrois.", base));
        long theirs = current("Fusion");

        HttpResponse<String> merged = writer.post("/wiki/Fusion/edit", page("Fusion", "topic", "Un.\n\nDeux.\n\nTrois, modifié.", base));

        assertThat(merged.statusCode()).isEqualTo(303);
        String location = merged.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/wiki/Fusion?merged=" + theirs);
        assertThat(writer.get(location).body()).contains("Your edit was merged with revision " + theirs)
                .contains("Un, modifié.").contains("Trois, modifié.");
    }

    private static Map<String, String> withCsrf(String token, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", token);
        all.putAll(fields);
        return all;
    }
}
