package org.sourcewiki.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.HtmlChecker;
import org.sourcewiki.support.TestServer;

/** Search over the demo wiki and the seed sources, as a researcher uses it. */
class SearchTest {
    private static TestServer server;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new TestServer(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String search(String query) {
        HttpResponse<String> response = server.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return response.body();
    }

    private static String passages(String html) {
        int start = html.indexOf("id=\"search-passages\"");
        return start < 0 ? "" : html.substring(start);
    }

    @Test
    void goita_without_accent_finds_the_page_and_passages_spelled_either_way() {
        String html = search("Goita");
        assertThat(html).contains("href=\"/wiki/Assimi_Go%C3%AFta\"");
        assertThat(passages(html)).contains("<mark>Goïta</mark>").contains("<mark>Goita</mark>");
    }

    @Test
    void putin_and_poutine_find_the_page_and_the_passages_through_its_aliases() {
        for (String name : List.of("Poutine", "Putin")) {
            String html = search(name);
            assertThat(html).as(name).contains("href=\"/wiki/Vladimir_Poutine\"");
            assertThat(passages(html)).as(name).contains("<mark>Poutine</mark>").contains("#p10\"");
        }
    }

    @Test
    void accents_and_word_endings_do_not_matter_and_phrases_are_exact() {
        String html = passages(search("cooperation militaire"));
        assertThat(html).contains("<mark>coopération</mark>").contains("<mark>militaire</mark>");
        String phrase = passages(search("\"force unifiée\""));
        assertThat(phrase).containsIgnoringCase("<mark>force</mark> <mark>unifiée</mark>");
        assertThat(passages(search("accords"))).contains("<mark>accord</mark>");
    }

    @Test
    void minus_excludes_a_word_and_or_takes_either() {
        String withLavrov = passages(search("Moscou Lavrov"));
        String withoutLavrov = passages(search("Moscou -Lavrov"));
        assertThat(withLavrov).contains("<mark>Lavrov</mark>");
        String results = withoutLavrov.substring(0, withoutLavrov.indexOf("</section>"));
        assertThat(results).contains("<mark>Moscou</mark>").doesNotContain("Lavrov");
        assertThat(passages(search("Tatarstan or Kazan"))).contains("<mark>Tatarstan</mark>").contains("<mark>Kazan</mark>");
    }

    @Test
    void filters_choose_pages_or_sources_and_boilerplate_is_left_out_unless_asked() {
        assertThat(server.get("/search?q=Lavrov&in=pages").body()).contains("id=\"search-pages\"").doesNotContain("#p8\"");
        assertThat(server.get("/search?q=Lavrov&in=sources").body()).doesNotContain("id=\"search-pages\"").contains("#p8\"");
        assertThat(passages(search("newsletter"))).doesNotContain("<mark>");
        assertThat(passages(server.get("/search?q=newsletter&boilerplate=1").body())).contains("<mark>Newsletter</mark>");
    }

    @Test
    void frequent_words_paginate() {
        String first = server.get("/search?q=Mali&in=sources").body();
        assertThat(first).contains("offset=20");
        String second = server.get("/search?q=Mali&in=sources&offset=20").body();
        assertThat(second).contains("start=\"21\"").contains("<mark>Mali</mark>");
    }

    @Test
    void an_exact_title_offers_to_go_to_the_page() {
        assertThat(search("assimi goïta")).contains("class=\"go-to-page\"").contains("Go to the page “Assimi Goïta”");
        assertThat(search("Goïta")).doesNotContain("class=\"go-to-page\"");
    }

    @Test
    void hostile_queries_get_a_normal_page_never_echoed_raw() throws Exception {
        for (String query : List.of("", "   ", "x".repeat(5000), "!!! ??? ...", "'; DROP TABLE page; --", "<script>alert(1)</script>",
                "% _ %%", "\"", "-", "or or or", "\u0000\u0007", "(((", "Goïta\"<b>")) {
            HttpResponse<String> response = server.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).as(query).doesNotContain("<script>alert").doesNotContain("<b>");
            assertThat(HtmlChecker.errors(response.body())).as(query).isEmpty();
        }
        assertThat(search("x".repeat(5000))).contains("Only the first 300 characters");
        assertThat(server.count("select count(*) from page")).isGreaterThan(5);
        assertThat(passages(search("% _"))).doesNotContain("<mark>");
    }

    @Test
    void titles_are_suggested_by_any_part_of_a_name_ignoring_accents() throws Exception {
        JsonNode goita = json.readTree(server.get("/api/titles?q=goita").body()).get("titles");
        assertThat(goita.get(0).get("title").asText()).isEqualTo("Assimi Goïta");
        JsonNode putin = json.readTree(server.get("/api/titles?q=Putin").body()).get("titles");
        assertThat(putin.get(0).get("title").asText()).isEqualTo("Vladimir Poutine");
        assertThat(json.readTree(server.get("/api/titles?q=%25").body()).get("titles")).isEmpty();
        assertThat(json.readTree(server.get("/api/titles?q=_").body()).get("titles")).isEmpty();
    }

    @Test
    void an_actor_page_lists_the_passages_that_mention_it_and_which_are_cited() {
        String html = server.get("/wiki/Sergue%C3%AF_Lavrov").body();
        int start = html.indexOf("id=\"mentions-heading\"");
        assertThat(start).isPositive();
        String mentions = html.substring(start);
        assertThat(mentions).contains("cited here").contains("not cited yet").contains("<mark>Lavrov</mark>");
        assertThat(mentions).containsPattern("class=\"mention cited\">\\s*<a href=\"/sources/bamada-2025-04-09-cooperation-strategique#p8\"");
        assertThat(server.get("/wiki/Consultations_AES%E2%80%93Russie_d%E2%80%99avril_2025").body()).doesNotContain("id=\"mentions-heading\"");
    }
}
