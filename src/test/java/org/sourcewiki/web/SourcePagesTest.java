package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;

/** The pages and JSON a reader and a script see after a first start with the seeds. */
class SourcePagesTest {
    private static final String BAMADA = "bamada-2025-04-09-cooperation-strategique";
    private static TestServer server;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_source_list_shows_the_five_articles_with_stated_metadata() {
        HttpResponse<String> page = server.get("/sources");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Coopération stratégique : La Confédération des États du Sahel renforce ses liens avec la Fédération de Russie")
                .contains("La coopération militaire et l’AES : Sujets cruciaux au menu")
                .contains("AES : les ministres des affaires étrangères des pays membres en visite à Moscou")
                .contains("[Partenariat AES–Russie")
                .contains("Bamada.net")
                .contains("April 9, 2025");
    }

    @Test
    void the_json_list_gives_every_source_with_its_digests_and_nothing_invented() throws Exception {
        JsonNode sources = json.readTree(server.get("/api/sources").body()).get("sources");
        assertThat(sources).hasSize(5);
        for (JsonNode source : sources) {
            assertThat(source.get("slug").asText()).matches("[a-z0-9-]+");
            assertThat(source.get("digests").get("text_sha256").asText()).hasSize(64);
            assertThat(source.get("url").isNull()).isTrue();
            assertThat(source.get("language").asText()).isEqualTo("fr");
        }
        JsonNode bamada = find(sources, BAMADA);
        assertThat(bamada.get("publisher").asText()).isEqualTo("Bamada.net");
        assertThat(bamada.get("author").asText()).isEqualTo("Moussa Keita");
        assertThat(bamada.get("date").asText()).isEqualTo("2025-04-09");
        long withoutPublisher = 0;
        for (JsonNode source : sources) {
            if (source.get("publisher").isNull()) {
                withoutPublisher++;
            }
        }
        assertThat(withoutPublisher).isEqualTo(4);
    }

    @Test
    void a_source_page_shows_every_passage_with_its_anchor_kind_and_citation_key() {
        String html = server.get("/sources/" + BAMADA).body();
        assertThat(html).contains("id=\"p7\"").contains("id=\"p34\"");
        assertThat(html).contains("[@" + BAMADA + "#p3]");
        assertThat(html).containsPattern("<details id=\"p1\" data-kind=\"boilerplate\"");
        assertThat(html).containsPattern("<div id=\"p3\" data-kind=\"body\"");
        assertThat(html).contains("lang=\"fr\"");
        assertThat(html).contains("Moussa Keita");
    }

    @Test
    void the_json_of_a_source_gives_passages_whose_offsets_select_their_text() throws Exception {
        JsonNode source = json.readTree(server.get("/api/sources/" + BAMADA).body());
        String text = source.get("text").asText();
        int[] codePoints = text.codePoints().toArray();
        JsonNode passages = source.get("passages");
        assertThat(passages.size()).isEqualTo(source.get("passage_count").asInt()).isGreaterThan(20);
        for (JsonNode passage : passages) {
            int start = passage.get("start").asInt();
            int end = passage.get("end").asInt();
            assertThat(new String(codePoints, start, end - start)).isEqualTo(passage.get("text").asText());
            assertThat(passage.get("kind").asText()).isIn("body", "boilerplate");
        }
        assertThat(passages.get(0).get("number").asInt()).isEqualTo(1);
    }

    @Test
    void an_unknown_source_is_a_helpful_404_in_html_and_json() {
        HttpResponse<String> page = server.get("/sources/no-such-source");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("no-such-source").contains("href=\"/sources\"");
        HttpResponse<String> api = server.get("/api/sources/no-such-source");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("json");
        HttpResponse<String> nowhere = server.get("/nowhere/at/all");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("/nowhere/at/all");
    }

    @Test
    void hostile_slugs_are_escaped_never_echoed_raw() {
        HttpResponse<String> page = server.get("/sources/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(page.statusCode()).isIn(400, 404);
        assertThat(page.body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void the_interface_speaks_french_to_a_french_browser_and_switches_on_request() {
        assertThat(server.get("/sources", "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").body())
                .contains("Modifications récentes").contains("<html lang=\"fr\"");
        assertThat(server.get("/sources", "Accept-Language", "en-GB").body()).contains("Recent changes");
        assertThat(server.get("/sources", "Cookie", "lang=fr").body()).contains("Modifications récentes");

        HttpResponse<String> switched = server.get("/language?set=fr&next=/sources");
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location")).hasValue("/sources");
        assertThat(switched.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lang=fr") && c.contains("HttpOnly"));
        assertThat(server.get("/language?set=fr&next=//evil.example").headers().firstValue("Location")).hasValue("/");
        assertThat(server.get("/language?set=xx").statusCode()).isEqualTo(400);
    }

    @Test
    void pages_carry_a_content_security_policy_and_serve_their_own_styles() {
        HttpResponse<String> home = server.get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        // The style sheet is linked under its fingerprinted name (issue 14); the plain name still answers.
        assertThat(home.body()).containsPattern("/static/css/sourcewiki\\.[0-9a-f]{10}\\.css").doesNotContain("https://");
        assertThat(server.get("/static/css/sourcewiki.css").statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("5</strong>");
    }

    private static JsonNode find(JsonNode sources, String slug) {
        for (JsonNode source : sources) {
            if (source.get("slug").asText().equals(slug)) {
                return source;
            }
        }
        throw new AssertionError("no source " + slug);
    }
}
