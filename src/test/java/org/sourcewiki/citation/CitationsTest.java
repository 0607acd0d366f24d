package org.sourcewiki.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/** Citations through HTTP, on a first start with the demo wiki. */
class CitationsTest {
    private static final String B = "bamada-2025-04-09-cooperation-strategique";
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;
    private static WebSession editor;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new TestServer(true);
        server.addUser("citer", PASSWORD, "editor");
        editor = new WebSession(server);
        editor.login("citer", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Test
    void broken_citations_are_refused_each_named_with_its_reason_and_nothing_is_saved() {
        int revisions = server.count("select count(*) from revision");
        String body = "Un fait [@no-such-source#p1]. Un autre [@" + B + "#p999]. Un troisième [@" + B
                + "#p3 \"mots qui ne sont pas là\"]. Et [@" + B + "#3].";
        HttpResponse<String> refused = editor.post("/wiki/Brouillon_cité/edit", page("Brouillon cité", "topic", body, null));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("[@no-such-source#p1]: there is no source with this slug")
                .contains("[@" + B + "#p999]: the source has no passage with this number")
                .contains(escaped("[@" + B + "#p3 \"mots qui ne sont pas là\"]: these words are not in that passage"))
                .contains("cannot be read")
                .contains(escaped("Un troisième"));
        assertThat(server.count("select count(*) from revision")).isEqualTo(revisions);
        assertThat(server.count("select count(*) from page where title = 'Brouillon cité'")).isZero();
    }

    @Test
    void a_cited_page_shows_notes_and_one_entry_per_source_and_its_links_highlight_the_words() throws Exception {
        String body = "Diop conduit la délégation [@" + B + "#p8 \"Monsieur Abdoulaye Diop a conduit une délégation confédérale\"]"
                + " à Moscou [@" + B + "#p4; @partenariat-aes-russie-reunion#p3].";
        assertThat(editor.post("/wiki/Délégation/edit", page("Délégation", "topic", body, null)).statusCode()).isEqualTo(303);
        String html = editor.get("/wiki/D%C3%A9l%C3%A9gation").body();
        assertThat(html).contains("href=\"#cite-note-1\"").contains("href=\"#cite-note-2\"").contains("href=\"#cite-note-3\"");
        assertThat(html.split("class=\"reference-source\"", -1)).hasSize(3); // two sources, the first with two passages
        Matcher link = Pattern.compile("href=\"(/sources/" + B + "\\?mark=\\d+-\\d+#p8)\"").matcher(html);
        assertThat(link.find()).isTrue();
        String target = editor.get(link.group(1).replace("#p8", "")).body();
        assertThat(target).contains("<mark>Monsieur Abdoulaye Diop a conduit une délégation confédérale</mark>");
        assertThat(target).containsPattern("id=\"p8\"[^>]*>(?s).*?<mark>");
    }

    @Test
    void a_cited_passage_lists_the_page_under_cited_by_and_the_source_list_counts_citations() throws Exception {
        editor.post("/wiki/Rosatom/edit", page("Rosatom", "actor", "Société russe [@2025-06-russie-soutient#p10 \"ROSATOM\"].", null));
        String source = editor.get("/sources/2025-06-russie-soutient").body();
        assertThat(source).containsPattern("(?s)id=\"p9\".*?Cited by:.*?href=\"/wiki/Rosatom\"");
        JsonNode list = json.readTree(editor.get("/api/sources").body()).get("sources");
        for (JsonNode s : list) {
            if (s.get("slug").asText().equals("2025-06-russie-soutient")) {
                assertThat(s.get("citation_count").asInt()).isGreaterThan(1);
                assertThat(s.get("cited_body_passage_count").asInt()).isGreaterThan(1);
            }
        }
        assertThat(editor.get("/sources").body()).contains("Citations");
    }

    @Test
    void old_revisions_keep_their_own_citations_and_diffs_list_citations_added_and_removed() throws Exception {
        editor.post("/wiki/Version/edit", page("Version", "topic", "Fait [@" + B + "#p3].", null));
        long first = server.count("select current_revision_id from page where slug = 'Version'");
        editor.post("/wiki/Version/edit", page("Version", "topic", "Fait [@" + B + "#p24 \"le 4 avril 2025\"].", String.valueOf(first)));
        long second = server.count("select current_revision_id from page where slug = 'Version'");

        assertThat(editor.get("/wiki/Version?rev=" + first).body()).contains("#p3\"").doesNotContain("le 4 avril 2025");
        assertThat(editor.get("/wiki/Version").body()).contains("le 4 avril 2025");
        String diff = editor.get("/wiki/Version/diff?from=" + first + "&to=" + second).body();
        assertThat(diff).containsPattern("(?s)<ins>added</ins>.*?passage 24").containsPattern("(?s)<del>removed</del>.*?passage 3");

        JsonNode api = json.readTree(editor.get("/api/pages/Version?rev=" + first).body());
        assertThat(api.get("citations")).hasSize(1);
        assertThat(api.get("citations").get(0).get("passage").asInt()).isEqualTo(3);
        assertThat(api.get("citations").get(0).get("source_text_sha256").asText()).hasSize(64);
    }

    @Test
    void pages_with_references_diffs_with_citations_and_highlighted_sources_are_valid_html() throws Exception {
        editor.post("/wiki/Valide/edit", page("Valide", "topic", "Fait [@" + B + "#p3].", null));
        long first = server.count("select current_revision_id from page where slug = 'Valide'");
        editor.post("/wiki/Valide/edit", page("Valide", "topic", "Fait [@" + B + "#p4 \"du 1er au 5 avril 2025\"].", String.valueOf(first)));
        long second = server.count("select current_revision_id from page where slug = 'Valide'");
        for (String path : List.of("/wiki/Assimi_Go%C3%AFta", "/wiki/Consultations_AES%E2%80%93Russie_d%E2%80%99avril_2025",
                "/wiki/Valide/diff?from=" + first + "&to=" + second, "/sources/" + B + "?mark=706-729", "/sources", "/")) {
            for (String language : List.of("en", "fr")) {
                editor.get("/language?set=" + language + "&next=/");
                assertThat(org.sourcewiki.support.HtmlChecker.errors(editor.get(path).body())).as(path + " " + language).isEmpty();
            }
        }
        editor.get("/language?set=en&next=/");
    }

    /** The references list of a page, from its heading on. */
    private static String referencesOf(String html) {
        return html.substring(html.indexOf("id=\"references-heading\""));
    }

    @Test
    void the_references_list_names_a_sources_author_or_authors_as_a_report_would_on_the_page_and_in_the_preview() {
        // Three names, one with a comma, as an import's metadata header gives them.
        editor.upload("/sources", Map.of("trois-auteurs.txt", ("---\ntitle: Un accord signé à Niamey\npublisher: Le Sahel\n"
                + "author: Doe, Jane; Awa Traoré; Jean Dupont\ndate: 2025-05-02\nlanguage: fr\n---\n"
                + "Un accord signé à Niamey\n\nLes trois pays ont signé un accord de défense commune à Niamey.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String three = server.database().jdbi().withHandle(h -> h.createQuery(
                "select slug from source where title = 'Un accord signé à Niamey'").mapTo(String.class).one());
        String body = "Une visite [@" + B + "#p4]. Des envoyés [@2025-06-23-cooperation-militaire#p3]. Une réunion "
                + "[@partenariat-aes-russie-reunion#p3]. Un accord [@" + three + "#p2].";
        assertThat(editor.post("/wiki/Auteurs_cités/edit", page("Auteurs cités", "topic", body, null)).statusCode())
                .isEqualTo(303);

        String references = referencesOf(editor.get("/wiki/Auteurs_cit%C3%A9s").body());
        assertThat(references)
                .contains("<span class=\"reference-authors\">Moussa Keita, </span><a href=\"/sources/" + B + "\"")
                .contains("<span class=\"reference-authors\">Alassane Souleymane and O.D., </span>")
                .contains("<span class=\"reference-authors\">Doe, Jane; Awa Traoré and Jean Dupont, </span>");
        // A source that names no author shows none (three authors' lines for four sources).
        assertThat(references.split("class=\"reference-authors\"", -1)).hasSize(4);

        Map<String, String> preview = new java.util.LinkedHashMap<>(page("Auteurs cités", "topic", body, null));
        preview.put("preview", "preview");
        assertThat(referencesOf(editor.post("/wiki/Aper%C3%A7u_auteurs/edit", preview).body()))
                .contains("Moussa Keita, ").contains("Alassane Souleymane and O.D., ");

        editor.get("/language?set=fr&next=/");
        assertThat(referencesOf(editor.get("/wiki/Auteurs_cit%C3%A9s").body())).contains("Alassane Souleymane et O.D., ");
        editor.get("/language?set=en&next=/");
    }

    @Test
    void the_preview_shows_references_and_names_broken_citations() {
        Map<String, String> form = new java.util.LinkedHashMap<>(page("Aperçu", "topic",
                "Un fait [@" + B + "#p16 \"Force unifiée\"] et [@" + B + "#p404].", null));
        form.put("preview", "preview");
        String preview = editor.post("/wiki/Aper%C3%A7u/edit", form).body();
        assertThat(preview).contains("References").contains("<q lang=\"fr\">Force unifiée</q>").contains("#p404]: the source has no passage");
    }

    @Test
    void the_w3c_export_has_one_annotation_per_citation_with_both_selectors_matching_the_source() throws Exception {
        JsonNode collection = json.readTree(editor.get("/wiki/Assimi_Go%C3%AFta/annotations.jsonld").body());
        assertThat(collection.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
        JsonNode items = collection.get("first").get("items");
        JsonNode page = json.readTree(editor.get("/api/pages/Assimi_Go%C3%AFta").body());
        assertThat(items).hasSize(page.get("citations").size()).hasSizeGreaterThan(5);
        for (JsonNode annotation : items) {
            W3cAnnotationShape.check(annotation);
            JsonNode target = annotation.get("target");
            String slug = URI.create(target.get("source").asText()).getPath().replace("/sources/", "");
            String text = json.readTree(editor.get("/api/sources/" + slug).body()).get("text").asText();
            int[] codePoints = text.codePoints().toArray();
            JsonNode quote = target.get("selector").get(0);
            JsonNode position = target.get("selector").get(1);
            int start = position.get("start").asInt();
            int end = position.get("end").asInt();
            assertThat(new String(codePoints, start, end - start)).isEqualTo(quote.get("exact").asText());
            assertThat(new String(codePoints, Math.max(0, start - quote.get("prefix").asText().codePointCount(0, quote.get("prefix").asText().length())),
                    Math.min(start, quote.get("prefix").asText().codePointCount(0, quote.get("prefix").asText().length()))))
                    .isEqualTo(quote.get("prefix").asText());
        }
        assertThat(items.get(0).get("body").asText()).endsWith("/wiki/Assimi_Go%C3%AFta?rev=" + page.get("id").asLong());
    }

    @Test
    void every_reference_of_the_demo_wiki_lands_on_its_passage_with_the_words_highlighted() throws Exception {
        List<Map<String, Object>> citations = server.database().jdbi().withHandle(h -> h.createQuery("""
                select s.slug, c.passage_number, c.start_offset, c.end_offset, c.exact from citation c
                join source s on s.id = c.source_id join page p on p.current_revision_id = c.revision_id
                """).mapToMap().list());
        assertThat(citations).hasSizeGreaterThan(30);
        for (Map<String, Object> citation : citations) {
            String html = editor.get("/sources/" + citation.get("slug") + "?mark=" + citation.get("start_offset") + "-"
                    + citation.get("end_offset")).body();
            Matcher passage = Pattern.compile("(?s)id=\"p" + citation.get("passage_number") + "\".*?</p>").matcher(html);
            assertThat(passage.find()).as(citation.toString()).isTrue();
            assertThat(passage.group()).as(citation.toString()).contains("<mark>" + escaped((String) citation.get("exact")) + "</mark>");
        }
    }
}
