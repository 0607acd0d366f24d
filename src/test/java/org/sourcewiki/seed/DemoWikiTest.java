package org.sourcewiki.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;

/**
 * The demo wiki as a reader sees it on a first start: exactly as true as its sources. Announced events are not
 * stated as happened, inferred dates are bracketed and said to be inferred in every display and export, the
 * 23 June article keeps both its authors, and the pages most demo pages link to exist.
 */
class DemoWikiTest {
    private static final String BAMADA = "bamada-2025-04-09-cooperation-strategique";
    private static final String JUNE_23 = "2025-06-23-cooperation-militaire";
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

    private static String wiki(String title) {
        return "/wiki/" + URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8);
    }

    @Test
    void the_pages_linked_from_the_first_sentences_exist_and_cite_their_sources() {
        for (String title : new String[] {"Mali", "Fédération de Russie"}) {
            HttpResponse<String> page = server.get(wiki(title));
            assertThat(page.statusCode()).as(title).isEqualTo(200);
            assertThat(page.body()).as(title).contains("href=\"/sources/" + BAMADA + "#p");
        }
        assertThat(server.get(wiki("Assimi Goïta")).body()).doesNotContain("class=\"new\" href=\"/wiki/Mali");
    }

    @Test
    void the_kremlin_meeting_is_announced_not_reported_as_having_happened() {
        for (String title : new String[] {"Assimi Goïta", "Vladimir Poutine"}) {
            String page = server.get(wiki(title)).body();
            assertThat(page).as(title).contains("annonçait").contains("Aucune source importée ne rapporte")
                    .doesNotContain("était la deuxième").doesNotContain("Il a reçu Assimi Goïta");
        }
    }

    @Test
    void an_inferred_date_is_bracketed_and_said_to_be_inferred_on_the_source_page_and_in_lists() {
        String source = server.get("/sources/" + BAMADA, "Accept-Language", "en").body();
        assertThat(source).contains("[April 9, 2025]").contains("inferred from the text");
        String fr = server.get("/sources/" + BAMADA, "Accept-Language", "fr").body();
        assertThat(fr).contains("[9 avril 2025]").contains("déduite du texte");
        assertThat(server.get("/sources", "Accept-Language", "en").body()).contains("[April 2, 2025]");
        // A stated date is not bracketed.
        assertThat(server.get("/sources/" + JUNE_23, "Accept-Language", "en").body()).contains(">June 23, 2025<")
                .doesNotContain("[June 23, 2025]");
        // The references list of a page citing it brackets it too.
        assertThat(server.get(wiki("Abdoulaye Diop"), "Accept-Language", "en").body()).contains("[April 9, 2025]");
    }

    @Test
    void the_api_and_every_citation_export_mark_the_inferred_date_and_list_both_authors() throws Exception {
        JsonNode bamada = json.readTree(server.get("/api/sources/" + BAMADA).body());
        assertThat(bamada.get("date").asText()).isEqualTo("2025-04-09");
        assertThat(bamada.get("date_inferred").asBoolean()).isTrue();
        assertThat(bamada.get("metadata_origin").get("date").asText()).isEqualTo("inferred");
        JsonNode june = json.readTree(server.get("/api/sources/" + JUNE_23).body());
        assertThat(june.get("date_inferred").asBoolean()).isFalse();
        assertThat(june.get("authors")).extracting(JsonNode::asText).containsExactly("Alassane Souleymane", "O.D.");

        JsonNode csl = json.readTree(server.get("/sources/" + BAMADA + "/cite.json").body()).get(0);
        assertThat(csl.get("issued").get("date-parts").get(0)).extracting(JsonNode::asInt).containsExactly(2025, 4, 9);
        assertThat(csl.get("note").asText()).contains("Date inferred from the text");
        JsonNode juneCsl = json.readTree(server.get("/sources/" + JUNE_23 + "/cite.json").body()).get(0);
        assertThat(juneCsl.get("author")).extracting(a -> a.get("literal").asText())
                .containsExactly("Alassane Souleymane", "O.D.");
        assertThat(server.get("/sources/" + JUNE_23 + "/cite.ris").body())
                .contains("AU  - Alassane Souleymane\r\nAU  - O.D.\r\n");
        assertThat(server.get("/sources/" + JUNE_23 + "/cite.bib").body())
                .contains("{Alassane Souleymane} and {O.D.}");
        assertThat(server.get("/sources/" + BAMADA + "/cite.ris").body()).contains("N1  - Date inferred from the text");
        assertThat(server.get("/sources/" + BAMADA + "/cite.bib").body()).contains("Date inferred from the text");
        String cite = server.get("/sources/" + BAMADA + "/cite", "Accept-Language", "en").body();
        assertThat(cite).contains("[April 9, 2025]").contains("inferred from the text")
                .contains("the date in these references was inferred from the text");
    }

    @Test
    void the_date_widget_of_the_june_article_is_its_own_boilerplate_passage() throws Exception {
        JsonNode source = json.readTree(server.get("/api/sources/2025-06-russie-soutient").body());
        JsonNode first = source.get("passages").get(0);
        assertThat(first.get("text").asText()).isEqualTo("date 2025-06");
        assertThat(first.get("kind").asText()).isEqualTo("boilerplate");
        assertThat(source.get("passages").get(1).get("text").asText()).startsWith("La Confédération des États");
    }
}
