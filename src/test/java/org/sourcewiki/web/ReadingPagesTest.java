package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/** What a reader is told, over HTTP: page languages, French typography, dates and languages in words, navigation. */
class ReadingPagesTest {
    private static final String PASSWORD = "a long reading passphrase";
    private static final String NNBSP = "\u202F";
    private static TestServer server;
    private static WebSession editor;

    @BeforeAll
    static void start() {
        server = new TestServer(true);
        server.addUser("reader", PASSWORD, "editor");
        editor = new WebSession(server);
        editor.login("reader", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String french(String path) {
        return server.get(path, "Accept-Language", "fr").body();
    }

    private static String english(String path) {
        return server.get(path, "Accept-Language", "en").body();
    }

    @Test
    void a_page_is_marked_with_its_own_language_defaulting_to_the_wiki_language() {
        assertThat(editor.post("/wiki/Joint_statement/edit", page("Joint statement", "topic",
                "The ministers met: they agreed on 5 000 troops « soon » [@2025-06-russie-soutient#p2].", null,
                "language", "en")).statusCode()).isEqualTo(303);
        String shown = french("/wiki/Joint_statement");
        assertThat(shown).contains("<h1 lang=\"en\">Joint statement</h1>").contains("class=\"page-lead page-body\" lang=\"en\"");
        assertThat(shown).as("English text keeps English spacing").contains("met: they agreed on 5 000 troops « soon »");
        assertThat(server.get("/api/pages/Joint_statement").body()).contains("\"language\" : \"en\"");

        String demo = english("/wiki/Assimi_Go%C3%AFta");
        assertThat(demo).contains("<html lang=\"en\"").contains("<h1 lang=\"fr\">Assimi Goïta</h1>")
                .contains("class=\"page-lead page-body\" lang=\"fr\"");

        Map<String, String> bad = new HashMap<>(page("Bad language", "topic", "Text.", null, "language", "not a tag!"));
        HttpResponse<String> refused = editor.post("/wiki/Bad_language/edit", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The language must be a language tag").contains("not a tag!");
    }

    @Test
    void the_french_interface_sets_french_typography_in_french_text_only_and_never_in_stored_text_or_passages() {
        String shown = french("/wiki/Assimi_Go%C3%AFta");
        String body = shown.substring(shown.indexOf("class=\"page-rest page-body\""));
        body = body.substring(0, body.indexOf("</div>"));
        assertThat(body).contains("5" + NNBSP + "000 hommes").contains("«" + NNBSP + "Goïta" + NNBSP + "»")
                .contains("«" + NNBSP + "dans quelques heures" + NNBSP + "»" + NNBSP + ": ce devait")
                .doesNotContain("5 000 hommes");
        assertThat(shown).as("quotations of sources keep their own spacing").contains("<q lang=\"fr\">Moscou avait donné")
                .contains("de 5 000 hommes</q>");
        assertThat(server.get("/api/pages/Assimi_Go%C3%AFta").body()).doesNotContain(NNBSP).contains("5 000 hommes");
        assertThat(english("/wiki/Assimi_Go%C3%AFta")).as("the English interface leaves text as typed")
                .doesNotContain(NNBSP);
        String source = french("/sources/2025-06-russie-soutient");
        assertThat(source).as("a source's own words are shown as the source wrote them")
                .contains("une force unifiée de 5 000 hommes");
    }

    @Test
    void dates_and_languages_read_as_words_with_the_machine_form_in_time() {
        String agreement = english("/wiki/Accord_de_coop%C3%A9ration_militaire_et_technique_Mali%E2%80%93Russie");
        assertThat(agreement).containsPattern("<time datetime=\"2025-0[1-6]\">(January|April|June) 2025</time>")
                .doesNotContainPattern(">2025-0[1-6]<");
        assertThat(french("/wiki/Accord_de_coop%C3%A9ration_militaire_et_technique_Mali%E2%80%93Russie"))
                .containsPattern("<time datetime=\"2025-0[1-6]\">(janvier|avril|juin) 2025</time>");
        assertThat(english("/sources")).contains(">French<").doesNotContain(">fr<");
        assertThat(french("/sources")).contains(">français<");
        assertThat(english("/sources/2025-06-russie-soutient")).contains("French");
    }

    @Test
    void the_header_leads_to_all_pages_and_a_missing_page_offers_a_search_and_creation() {
        assertThat(english("/")).contains("<a href=\"/pages\">All pages</a>");
        assertThat(french("/")).contains("<a href=\"/pages\">Toutes les pages</a>");
        HttpResponse<String> missing = server.get("/wiki/Minist%C3%A8re_des_Mines", "Accept-Language", "en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("href=\"/search?q=Minist%C3%A8re%20des%20Mines\"")
                .contains("href=\"/wiki/Minist%C3%A8re_des_Mines/edit\"");
        assertThat(english("/pages")).contains("Topic").contains("Consultations AES");
    }

    @Test
    void going_to_a_folded_passage_without_javascript_renders_its_fold_open() {
        HttpResponse<String> go = server.get("/sources/2025-06-23-cooperation-militaire?passage=30");
        assertThat(go.statusCode()).isEqualTo(302);
        String location = go.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("show=30#p30");
        String page = english(location.substring(0, location.indexOf('#')));
        assertThat(page).containsPattern("<details class=\"boilerplate-run\" id=\"run-(\\d+)-(\\d+)\"\\s+open");
        assertThat(english("/sources/2025-06-23-cooperation-militaire"))
                .containsPattern("<details class=\"boilerplate-run\" id=\"run-(\\d+)-(\\d+)\">");
    }
}
