package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/** Pages and revisions through HTTP, as an editor and a reader use them. */
class PagesTest {
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;
    private static WebSession alice;
    private static WebSession bob;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new TestServer();
        server.addUser("alice", PASSWORD, "editor");
        server.addUser("bob", PASSWORD, "editor");
        alice = new WebSession(server);
        alice.login("alice", PASSWORD);
        bob = new WebSession(server);
        bob.login("bob", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long revisionOf(String slug) {
        return server.database().jdbi().withHandle(h -> h.createQuery("select current_revision_id from page where slug = :s")
                .bind("s", slug).mapTo(Long.class).one());
    }

    @Test
    void an_editor_creates_actor_and_agreement_pages_that_an_anonymous_reader_sees() {
        HttpResponse<String> created = alice.post("/wiki/Assimi_Goïta/edit", page("Assimi Goïta", "actor",
                "Président de la Transition du [[Mali]] depuis 2021.", null,
                "subtype", "person", "aliases", "Goita\nAssimi Goita", "affiliation", "Mali", "role", "Président de la Transition"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).hasValue("/wiki/Assimi_Go%C3%AFta");
        alice.post("/wiki/Accord_de_coopération_militaire_et_technique_Mali–Russie/edit",
                page("Accord de coopération militaire et technique Mali–Russie", "agreement",
                        "Accord ratifié par le CNT le 4 juillet 2024.", null, "agreement_type", "accord",
                        "parties", "Mali\nFédération de Russie", "in_force_on", "2025-01", "status", "en vigueur"));

        WebSession reader = new WebSession(server);
        String actor = reader.get("/wiki/Assimi_Go%C3%AFta").body();
        assertThat(actor).contains("<h1 lang=\"fr\">Assimi Goïta</h1>").contains("Goita").contains("Président de la Transition")
                .contains("Last edited by alice");
        assertThat(actor).contains("href=\"/wiki/Mali/edit\"").contains("wikilink new");
        String agreement = reader.get("/wiki/Accord_de_coop%C3%A9ration_militaire_et_technique_Mali%E2%80%93Russie").body();
        assertThat(agreement).contains("Fédération de Russie").contains("href=\"/wiki/F%C3%A9d%C3%A9ration_de_Russie/edit?kind=actor\"");
        assertThat(reader.get("/agreements").body()).contains("Accord de coopération militaire et technique Mali–Russie")
                .contains("Mali</span>").contains("January 2025");
        assertThat(reader.get("/actors").body()).contains("Assimi Goïta").contains("Person");

        alice.post("/wiki/Mali/edit", page("Mali", "actor", "État du Sahel.", null, "subtype", "state"));
        assertThat(reader.get("/wiki/Assimi_Go%C3%AFta").body()).contains("href=\"/wiki/Mali\"").doesNotContain("/wiki/Mali/edit");
        assertThat(reader.get("/wiki/Mali/links").body()).contains("Assimi Goïta").contains("Accord de coopération");
    }

    @Test
    void anonymous_and_forged_posts_change_nothing() {
        int before = server.count("select count(*) from revision");
        WebSession anonymous = new WebSession(server);
        assertThat(anonymous.post("/wiki/Anon/edit", page("Anon", "topic", "x", null)).statusCode()).isEqualTo(403);

        Map<String, String> forged = new java.util.LinkedHashMap<>(page("Forged", "topic", "x", null));
        forged.put("_csrf", "not-the-token");
        assertThat(alice.postRaw("/wiki/Forged/edit", forged).statusCode()).isEqualTo(403);
        assertThat(alice.postRaw("/wiki/Forged/edit", page("Forged", "topic", "x", null)).statusCode()).isEqualTo(403);
        assertThat(server.count("select count(*) from revision")).isEqualTo(before);
        assertThat(server.count("select count(*) from page where slug in ('Anon', 'Forged')")).isZero();
    }

    @Test
    void three_edits_are_three_revisions_each_with_its_permalink_diff_and_restore() throws Exception {
        alice.post("/wiki/Abdoulaye_Diop/edit", page("Abdoulaye Diop", "actor", "Ministre des Affaires étrangères.", null));
        long first = revisionOf("Abdoulaye_Diop");
        alice.post("/wiki/Abdoulaye_Diop/edit", page("Abdoulaye Diop", "actor", "Ministre malien des Affaires étrangères.", String.valueOf(first)));
        long second = revisionOf("Abdoulaye_Diop");
        alice.post("/wiki/Abdoulaye_Diop/edit", page("Abdoulaye Diop", "actor",
                "Ministre malien des Affaires étrangères et de la Coopération internationale.", String.valueOf(second)));
        long third = revisionOf("Abdoulaye_Diop");
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates().isSorted();

        String old = alice.get("/wiki/Abdoulaye_Diop?rev=" + first).body();
        assertThat(old).contains("Ministre des Affaires étrangères.").doesNotContain("malien").contains("not the current version");
        assertThat(alice.get("/wiki/Abdoulaye_Diop?rev=" + third).body()).doesNotContain("not the current version");

        String diff = alice.get("/wiki/Abdoulaye_Diop/diff?from=" + first + "&to=" + third).body();
        assertThat(diff).contains("<ins>malien </ins>").contains("<ins> et de la Coopération internationale</ins>");

        String history = alice.get("/wiki/Abdoulaye_Diop/history").body();
        assertThat(history).contains("#" + first).contains("#" + second).contains("#" + third);
        assertThat(history.indexOf("#" + third)).isLessThan(history.indexOf("#" + first));

        // Restoring takes a confirmation step: a POST without it (an old form) is sent there and restores nothing.
        HttpResponse<String> oldForm = alice.post("/wiki/Abdoulaye_Diop/restore", Map.of("revision", String.valueOf(first)));
        assertThat(oldForm.statusCode()).isEqualTo(303);
        assertThat(oldForm.headers().firstValue("Location")).hasValue("/wiki/Abdoulaye_Diop/restore?revision=" + first);
        assertThat(revisionOf("Abdoulaye_Diop")).isEqualTo(third);
        String confirmation = alice.get("/wiki/Abdoulaye_Diop/restore?revision=" + first).body();
        assertThat(confirmation).contains("Revision " + first + " was saved by alice")
                .contains("<del>malien </del>").contains("name=\"summary\"").contains("name=\"confirm\"");
        assertThat(alice.post("/wiki/Abdoulaye_Diop/restore", Map.of("revision", String.valueOf(first), "confirm", "1",
                "summary", "")).statusCode()).isEqualTo(303);
        long restored = revisionOf("Abdoulaye_Diop");
        assertThat(restored).isGreaterThan(third);
        assertThat(alice.get("/wiki/Abdoulaye_Diop").body()).contains("Ministre des Affaires étrangères.").doesNotContain("malien");
        JsonNode revisions = json.readTree(alice.get("/api/pages/Abdoulaye_Diop/revisions").body()).get("revisions");
        assertThat(revisions).hasSize(4);
        assertThat(revisions.get(0).get("parent").asLong()).isEqualTo(third);
        JsonNode current = json.readTree(alice.get("/api/pages/Abdoulaye_Diop").body());
        assertThat(current.get("restored_from").asLong()).isEqualTo(first);
        assertThat(current.get("author").asText()).isEqualTo("alice");
        assertThat(revisions.get(0).get("summary").asText()).isEmpty();
        history = alice.get("/wiki/Abdoulaye_Diop/history").body();
        assertThat(history).contains("(restored revision " + first + ")").doesNotContain("Restored revision");
        assertThat(alice.get("/recent").body()).contains("(restored revision " + first + ")");
        assertThat(server.get("/wiki/Abdoulaye_Diop/history", "Accept-Language", "fr").body())
                .contains("(révision " + first + " rétablie)");

        int count = server.count("select count(*) from revision");
        HttpResponse<String> same = alice.post("/wiki/Abdoulaye_Diop/edit",
                page("Abdoulaye Diop", "actor", "Ministre des Affaires étrangères.", String.valueOf(restored)));
        assertThat(same.body()).contains("no revision was saved");
        assertThat(server.count("select count(*) from revision")).isEqualTo(count);
    }

    @Test
    void two_editors_from_one_base_merge_when_apart_and_conflict_when_overlapping() {
        String base = "Premier paragraphe.\n\nDeuxième paragraphe.\n\nTroisième paragraphe.\n";
        alice.post("/wiki/Consultations_d’avril_2025/edit", page("Consultations d’avril 2025", "topic", base, null));
        String slug = "Consultations_d’avril_2025";
        long start = revisionOf(slug);

        alice.post("/wiki/" + slug + "/edit", page("Consultations d’avril 2025", "topic",
                base.replace("Premier paragraphe.", "Premier paragraphe, par Alice."), String.valueOf(start)));
        HttpResponse<String> merged = bob.post("/wiki/" + slug + "/edit", page("Consultations d’avril 2025", "topic",
                base.replace("Troisième paragraphe.", "Troisième paragraphe, par Bob."), String.valueOf(start)));
        assertThat(merged.statusCode()).isEqualTo(303);
        String text = alice.get("/api/pages/" + slug).body();
        assertThat(text).contains("par Alice").contains("par Bob");

        int revisions = server.count("select count(*) from revision");
        HttpResponse<String> conflict = bob.post("/wiki/" + slug + "/edit", page("Consultations d’avril 2025", "topic",
                base.replace("Premier paragraphe.", "Premier paragraphe, réécrit par Bob."), String.valueOf(start)));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Edit conflict").contains("Premier paragraphe, réécrit par Bob.")
                .contains("Premier paragraphe, par Alice.");
        assertThat(server.count("select count(*) from revision")).isEqualTo(revisions);
        assertThat(alice.get("/api/pages/" + slug).body()).contains("par Alice").doesNotContain("réécrit");
    }

    @Test
    void script_in_a_body_shows_as_text_and_in_a_title_is_refused() {
        alice.post("/wiki/Scripts/edit", page("Scripts", "topic", "<script>alert('x')</script> <img src=x onerror=alert(1)>", null));
        String body = alice.get("/wiki/Scripts").body();
        assertThat(body).doesNotContain("<script>alert").doesNotContain("<img").contains("&lt;script&gt;");
        HttpResponse<String> badTitle = alice.post("/wiki/x/edit", page("<script>alert(1)</script>", "topic", "x", null));
        assertThat(badTitle.statusCode()).isEqualTo(400);
        assertThat(badTitle.body()).contains("cannot contain").doesNotContain("<script>alert(1)");
    }

    @Test
    void hostile_titles_round_trip_or_are_refused_never_a_500() throws Exception {
        for (String title : List.of("Robert') OR 1=1 --", "Émoji 🇲🇱 page", "اتحاد دول الساحل", "L’AES “entre guillemets”",
                "snake_case", "left\u202Eright")) {
            HttpResponse<String> saved = alice.post("/wiki/x/edit", page(title, "topic", "Texte.", null));
            assertThat(saved.statusCode()).as(title).isEqualTo(303);
            String location = saved.headers().firstValue("Location").orElseThrow();
            String shown = alice.get(location).body();
            String expected = Titles.normalise(title);
            assertThat(json.readTree(alice.get(location.replace("/wiki/", "/api/pages/")).body()).get("title").asText())
                    .as(title).isEqualTo(expected);
            assertThat(shown).as(title).contains("<h1 lang=\"fr\">" + escape(expected) + "</h1>");
        }
        for (String title : List.of("Robert'); DROP TABLE page;--", "100%", "a/b", "x".repeat(300), "..", "", "a|b", "bell\u0007char")) {
            HttpResponse<String> refused = alice.post("/wiki/x/edit", page(title, "topic", "Texte.", null));
            assertThat(refused.statusCode()).as(title).isEqualTo(400);
            assertThat(refused.body()).contains("form-errors");
        }
        assertThat(alice.get("/wiki/100%25").statusCode()).isIn(400, 404);
        assertThat(alice.get("/wiki/" + "y".repeat(300)).statusCode()).isEqualTo(404);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Test
    void renaming_a_page_moves_it_and_the_old_address_redirects() {
        alice.post("/wiki/Sergei_Lavrov/edit", page("Sergei Lavrov", "actor", "Ministre russe.", null));
        long first = revisionOf("Sergei_Lavrov");
        HttpResponse<String> moved = alice.post("/wiki/Sergei_Lavrov/edit", page("Sergueï Lavrov", "actor", "Ministre russe.", String.valueOf(first)));
        assertThat(moved.headers().firstValue("Location")).hasValue("/wiki/Sergue%C3%AF_Lavrov");
        HttpResponse<String> old = alice.get("/wiki/Sergei_Lavrov");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/wiki/Sergue%C3%AF_Lavrov");
        assertThat(alice.get("/wiki/Sergue%C3%AF_Lavrov/history").body()).contains("#" + first);
        assertThat(alice.get("/wiki/Sergei_Lavrov?rev=" + first).statusCode()).isEqualTo(301);
    }

    @Test
    void a_missing_page_answers_404_with_an_offer_to_create_it() {
        HttpResponse<String> missing = alice.get("/wiki/Ibrahim_Traor%C3%A9");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Ibrahim Traoré").contains("href=\"/wiki/Ibrahim_Traor%C3%A9/edit\"");
        assertThat(new WebSession(server).get("/wiki/Ibrahim_Traor%C3%A9").body()).contains("Sign in to create");
        assertThat(alice.get("/wiki/Ibrahim%20Traor%C3%A9").statusCode()).isEqualTo(301);
    }

    @Test
    void recent_changes_and_home_list_edits_with_diff_links() {
        alice.post("/wiki/Niger/edit", page("Niger", "actor", "Membre de l’AES.", null));
        long first = revisionOf("Niger");
        alice.post("/wiki/Niger/edit", page("Niger", "actor", "Membre fondateur de l’AES.", String.valueOf(first)));
        String recent = alice.get("/recent").body();
        assertThat(recent).contains("Niger").contains("/wiki/Niger/diff?from=" + first);
        assertThat(alice.get("/").body()).contains("Niger");
    }
}
