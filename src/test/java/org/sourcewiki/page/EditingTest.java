package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.HtmlChecker;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/** The edit form's helpers through HTTP on the demo wiki: passage finder, kind choice, the uncited nudge. */
class EditingTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern PASSAGE_LINK = Pattern.compile("<a href=\"(/sources/[^\"]+#p\\d+)\">");
    private static TestServer server;
    private static WebSession editor;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new TestServer(true);
        server.addUser("editor", PASSWORD, "editor");
        editor = new WebSession(server);
        editor.login("editor", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String encode(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** The passage links of /search's passage results, in order. */
    private List<String> searchPassages(String words, boolean boilerplate) {
        String html = server.get("/search?in=sources&q=" + encode(words) + (boilerplate ? "&boilerplate=1" : "")).body();
        String section = html.substring(html.indexOf("id=\"search-passages\""));
        List<String> links = new ArrayList<>();
        Matcher matcher = PASSAGE_LINK.matcher(section);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    private JsonNode finder(String words, boolean boilerplate) throws Exception {
        return json.readTree(server.get("/api/passages?q=" + encode(words) + "&boilerplate=" + (boilerplate ? "1" : "0")).body());
    }

    private static List<String> hrefs(JsonNode found) {
        List<String> links = new ArrayList<>();
        found.get("passages").forEach(p -> links.add(p.get("href").asText()));
        return links;
    }

    @Test
    void the_passage_finder_finds_what_search_finds_accents_ignored() throws Exception {
        for (String words : List.of("Maiga", "Goita", "Goïta", "énergie atomique")) {
            for (boolean boilerplate : List.of(false, true)) {
                List<String> search = searchPassages(words, boilerplate);
                assertThat(hrefs(finder(words, boilerplate))).as(words + " boilerplate " + boilerplate).isEqualTo(search);
            }
        }
        JsonNode maiga = finder("Maiga", true);
        assertThat(maiga.get("passages")).isNotEmpty();
        maiga.get("passages").forEach(p -> assertThat(p.get("passage_text").asText()).containsIgnoringCase("Maïga"));
        // Every passage that spells the name either way is found by the unaccented spelling.
        List<String> spelled = server.database().jdbi().withHandle(h -> h.createQuery("""
                select s.slug || '#p' || p.number from passage p join source s on s.id = p.source_id
                where p.text ~* 'go[iï]ta'""").mapTo(String.class).list());
        assertThat(spelled).hasSizeGreaterThan(1);
        List<String> found = new ArrayList<>();
        for (int offset = 0; offset < 200; offset += 20) {
            JsonNode page = json.readTree(server.get("/api/passages?q=Goita&offset=" + offset).body());
            page.get("passages").forEach(p -> found.add(p.get("source").asText() + "#p" + p.get("number").asInt()));
            if (!page.get("more").asBoolean()) {
                break;
            }
        }
        assertThat(found).containsAll(spelled);
    }

    @Test
    void finder_results_keep_the_old_shape_and_say_source_passage_and_kind() throws Exception {
        JsonNode first = finder("Goita", true).get("passages").get(0);
        for (String field : List.of("source", "source_title", "number", "kind", "key", "text",
                "boilerplate", "passage_text", "snippet", "href")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("key").asText()).isEqualTo("@" + first.get("source").asText() + "#p" + first.get("number").asInt());
        assertThat(first.get("boilerplate").asBoolean()).isEqualTo("boilerplate".equals(first.get("kind").asText()));
        // Without the parameter, boilerplate is included, as the finder always did.
        JsonNode all = json.readTree(server.get("/api/passages?q=Lire%20aussi").body());
        assertThat(all.get("passages")).anySatisfy(p -> assertThat(p.get("boilerplate").asBoolean()).isTrue());
        JsonNode bodyOnly = finder("Lire aussi", false);
        bodyOnly.get("passages").forEach(p -> assertThat(p.get("kind").asText()).isEqualTo("body"));
    }

    @Test
    void without_javascript_the_finder_is_its_own_form_that_opens_keys_in_a_new_tab() {
        String form = editor.get("/wiki/Assimi_Go%C3%AFta/edit").body();
        assertThat(form).contains("<form id=\"passage-finder-form\" action=\"/passages\" method=\"get\" target=\"_blank\"");
        assertThat(form).contains("name=\"q\"").contains("form=\"passage-finder-form\"");
        // The finder's inputs belong to its own form, so the edit form never sends or loses them.
        assertThat(form.indexOf("id=\"passage-finder-form\"")).isGreaterThan(form.indexOf("</form>"));
        assertThat(form).contains("[@source#p7 &quot;exact words&quot;]");

        String results = server.get("/passages?q=Maiga").body();
        assertThat(results).contains("[@").contains("Maïga").contains("passage ");
        String french = server.get("/passages?q=Lire+aussi&boilerplate=1", "Accept-Language", "fr").body();
        assertThat(french).contains("élément de la page web, hors article").contains("Clé\u202F:");
    }

    @Test
    void a_new_page_asks_what_it_is_about_and_a_hint_preselects_the_kind() {
        String choice = editor.get("/wiki/Oumar_Traor%C3%A9/edit").body();
        assertThat(choice).contains("What is this page about?").doesNotContain("name=\"body\"")
                .contains("href=\"/wiki/Oumar_Traor%C3%A9/edit?kind=actor&amp;subtype=person\"")
                .contains("href=\"/wiki/Oumar_Traor%C3%A9/edit?kind=topic\"");
        WebSession french = new WebSession(server);
        french.login("editor", PASSWORD);
        french.setCookie("lang", "fr");
        assertThat(french.get("/wiki/Oumar_Traor%C3%A9/edit").body()).contains("De quoi parle cette page\u202F?")
                .contains("Une personne");
        String person = editor.get("/wiki/Oumar_Traor%C3%A9/edit?kind=actor&subtype=person").body();
        assertThat(person).containsPattern("value=\"actor\" checked|checked=\"checked\" value=\"actor\"|value=\"actor\"[^>]*checked")
                .containsPattern("<option value=\"person\" selected");
        assertThat(person).contains("data-kind=\"actor\"").contains("data-kind=\"agreement\"");
        // An existing page never asks.
        assertThat(editor.get("/wiki/Assimi_Go%C3%AFta/edit").body()).contains("name=\"body\"");
        // A red link from an actor field of the infobox names the kind.
        editor.post("/wiki/Rapport_sur_X/edit", page("Rapport sur X", "agreement", "Un accord.", null,
                "parties", "Pays Inexistant"));
        assertThat(server.get("/wiki/Rapport_sur_X").body()).contains("href=\"/wiki/Pays_Inexistant/edit?kind=actor\"");
    }

    @Test
    void the_preview_flags_claims_that_cite_nothing_in_the_readers_language() {
        Map<String, String> uncited = new HashMap<>(page("Essai", "topic",
                "Le président a reçu son homologue au Kremlin en juin.\n\nCourt.", null));
        uncited.put("preview", "preview");
        String preview = editor.post("/wiki/Essai/edit", uncited).body();
        assertThat(preview).contains("No source cited: this page cites no passage yet")
                .contains("<p class=\"uncited\">Le président a reçu son homologue au Kremlin en juin.<span class=\"uncited-flag\">no source cited</span></p>")
                .contains("<p>Court.</p>");

        Map<String, String> partly = new HashMap<>(page("Essai", "topic",
                "Les ministres se sont rencontrés à Moscou [@2025-04-02-aes-ministres#p17].\n\n"
                        + "Le président a reçu son homologue au Kremlin en juin.", null));
        partly.put("preview", "preview");
        String second = editor.post("/wiki/Essai/edit", partly).body();
        assertThat(second).doesNotContain("this page cites no passage yet")
                .contains("One paragraph makes a claim and cites no source").contains("at least 6 words");
        assertThat(second.split("class=\"uncited-flag\"", -1)).hasSize(2);
    }

    @Test
    void the_new_pages_of_the_edit_helpers_are_valid_html() throws Exception {
        editor.post("/wiki/Valide/edit", page("Valide", "topic", "Première version.", null));
        long first = server.database().jdbi().withHandle(h -> h.createQuery(
                "select current_revision_id from page where slug = 'Valide'").mapTo(Long.class).one());
        editor.post("/wiki/Valide/edit", page("Valide", "topic", "Seconde version.", String.valueOf(first)));
        Map<String, String> preview = new HashMap<>(page("Valide", "topic",
                "Une phrase qui affirme quelque chose sans source.", String.valueOf(first)));
        preview.put("preview", "preview");
        for (String html : List.of(editor.get("/wiki/Assimi_Go%C3%AFta/edit").body(), editor.get("/wiki/Nouvelle/edit").body(),
                editor.get("/wiki/Valide/restore?revision=" + first).body(), server.get("/passages?q=Goita&boilerplate=1").body(),
                server.get("/maintenance/uncited").body(), editor.post("/wiki/Valide/edit", preview).body())) {
            assertThat(HtmlChecker.errors(html)).isEmpty();
        }
    }

    @Test
    void pages_that_cite_nothing_are_listed_for_maintenance() {
        editor.post("/wiki/Sans_source/edit", page("Sans source", "topic", "Une page qui n’en cite aucune.", null));
        String list = server.get("/maintenance/uncited").body();
        assertThat(list).contains(">Sans source</a>").doesNotContain(">Assimi Goïta</a>");
        assertThat(server.get("/maintenance/uncited", "Accept-Language", "fr").body()).contains("Pages qui ne citent aucune source");
        assertThat(server.get("/pages").body()).contains("href=\"/maintenance/uncited\"");
    }
}
