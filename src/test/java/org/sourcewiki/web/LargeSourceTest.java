package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.source.ImportOutcome;
import org.sourcewiki.source.Importers;
import org.sourcewiki.support.TestServer;

/** A source of a thousand passages is shown a page at a time, and every link the wiki makes lands on its passage. */
class LargeSourceTest {
    private static final int PASSAGES = 1000;
    private static TestServer server;
    private static String slug;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new TestServer();
        StringBuilder article = new StringBuilder("Un très long article\n\n");
        for (int i = 2; i <= PASSAGES; i++) {
            article.append("Paragraphe numéro ").append(i).append(" : le texte de l’article continue ici.\n\n");
        }
        ImportOutcome outcome = Importers.create(server.database(), 5L << 20).importStream("long.txt", "long.txt",
                new ByteArrayInputStream(article.toString().getBytes(StandardCharsets.UTF_8)));
        slug = ((ImportOutcome.Imported) outcome).slug();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_first_page_shows_the_first_two_hundred_passages_and_a_pager() {
        String page = server.get("/sources/" + slug).body();
        assertThat(page).contains("id=\"p1\"").contains("id=\"p200\"").doesNotContain("id=\"p201\"")
                .contains("Passages 1–200 of 1,000 (page 1 of 5)")
                .contains("href=\"/sources/" + slug + "?page=2\"");
    }

    @Test
    void a_page_number_shows_its_passages_and_out_of_range_pages_are_clamped() {
        assertThat(server.get("/sources/" + slug + "?page=3").body())
                .contains("id=\"p401\"").contains("id=\"p600\"").doesNotContain("id=\"p400\"").doesNotContain("id=\"p601\"");
        assertThat(server.get("/sources/" + slug + "?page=999").body()).contains("id=\"p1000\"").contains("page 5 of 5");
        assertThat(server.get("/sources/" + slug + "?page=abc").body()).contains("id=\"p1\"");
    }

    @Test
    void a_highlight_link_lands_on_the_page_of_its_passage_even_without_a_page_number() throws Exception {
        JsonNode passage = passage(777);
        int start = passage.get("start").asInt();
        String marked = server.get("/sources/" + slug + "?mark=" + start + "-" + (start + 10) + "#p777").body();
        assertThat(marked).contains("id=\"p777\"").contains("<mark>");
    }

    @Test
    void links_made_by_the_wiki_name_the_page_of_passages_after_the_first() {
        StoredCitation citation = new StoredCitation(1, slug, "t", null, null, null, "fr", "x", 777, "body", null, "e", "", "",
                10, 20);
        assertThat(citation.href()).isEqualTo("/sources/" + slug + "?page=4&mark=10-20#p777");
        assertThat(server.get(citation.href()).body()).contains("id=\"p777\"");
    }

    @Test
    void the_go_to_passage_form_redirects_to_the_page_that_holds_it() {
        HttpResponse<String> redirect = server.get("/sources/" + slug + "?passage=999");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/sources/" + slug + "?page=5&show=999#p999");
        assertThat(server.get("/sources/" + slug + "?passage=99999").headers().firstValue("Location"))
                .hasValue("/sources/" + slug + "?page=5&show=1000#p1000");
    }

    @Test
    void the_json_streams_every_passage() throws Exception {
        JsonNode source = json.readTree(server.get("/api/sources/" + slug).body());
        assertThat(source.get("passages")).hasSize(PASSAGES);
        assertThat(source.get("passages").get(PASSAGES - 1).get("number").asInt()).isEqualTo(PASSAGES);
        assertThat(source.get("slug").asText()).isEqualTo(slug);
        assertThat(source.get("text").asText()).startsWith("Un très long article");
    }

    private JsonNode passage(int number) throws Exception {
        return json.readTree(server.get("/api/sources/" + slug).body()).get("passages").get(number - 1);
    }
}
