package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/**
 * The thirteen faults of issue 11 (bug reports of comparable software replayed against Sourcewiki), each with its
 * input, through HTTP on a wiki with the demo sources and pages; and the page-text part of issue 10's faults 5 and 8.
 */
class ReplayedBugReportsTest {
    private static final String S = "2025-06-russie-soutient";
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;
    private static WebSession editor;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new TestServer(true);
        server.addUser("replay", PASSWORD, "editor");
        editor = new WebSession(server);
        editor.login("replay", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String path(String title) {
        return "/wiki/" + URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> save(String title, String body) throws Exception {
        return editor.post(path(title) + "/edit", page(title, "topic", body, currentId(title)));
    }

    private String currentId(String title) throws Exception {
        HttpResponse<String> response = editor.get(path(title).replace("/wiki/", "/api/pages/"));
        return response.statusCode() == 200 ? json.readTree(response.body()).get("id").asText() : null;
    }

    private JsonNode api(String title) throws Exception {
        return json.readTree(editor.get(path(title).replace("/wiki/", "/api/pages/")).body());
    }

    /** The sanitiser writes "@" and quotation marks as character references; assertions read them as text. */
    private static String text(String html) {
        return html.replace("&#64;", "@").replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static int results(String html) {
        return html.split("class=\"snippet\"", -1).length - 1;
    }

    private String search(String query) {
        return editor.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
    }

    // 1. A quote containing square brackets
    @Test
    void a_quote_with_editorial_square_brackets_is_stored_alone_and_among_several_citations() throws Exception {
        HttpResponse<String> saved = save("Force unifiée", "a [@" + S + "#p3 \"la création d’une force [conjointe] unifiée\"].\n\n"
                + "b [@" + S + "#p5; @" + S + "#p19 « une force [armée] de 5 000 hommes » ; @" + S + "#p3].");
        assertThat(saved.statusCode()).isEqualTo(303);
        JsonNode citations = api("Force unifiée").get("citations");
        assertThat(citations).hasSize(4);
        assertThat(citations.get(0).get("quote").asText()).isEqualTo("la création d’une force [conjointe] unifiée");
        assertThat(citations.get(0).get("exact").asText()).isEqualTo("la création d’une force unifiée");
        assertThat(citations.get(2).get("exact").asText()).isEqualTo("une force unifiée de 5 000 hommes");
        String html = text(editor.get(path("Force unifiée")).body());
        assertThat(html).contains("href=\"#cite-note-4\"").doesNotContain("[@").doesNotContain("[conjointe]\"]");
        HttpResponse<String> refused = save("Force inventée", "a [@" + S + "#p3 \"la force [conjointe] serait\"].");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused.body())).contains("[@" + S + "#p3 \"la force [conjointe] serait\"]: these words are not in that passage");
    }

    // 2. A citation read as a link reference definition, or inside a link label
    @Test
    void a_citation_before_a_colon_or_inside_a_link_or_wiki_link_label_is_stored_and_shown() throws Exception {
        String body = "[@" + S + "#p5]: https://example.org\n\n[texte [@" + S + "#p3] suite](https://example.org) et "
                + "[[Assimi Goïta|le président [@" + S + "#p19]]].";
        assertThat(save("Citations partout", body).statusCode()).isEqualTo(303);
        assertThat(api("Citations partout").get("citations")).extracting(c -> c.get("passage").asInt()).containsExactly(5, 3, 19);
        String html = text(editor.get(path("Citations partout")).body());
        assertThat(html).contains("href=\"#cite-note-1\"").contains(": https://example.org")
                .contains("<a href=\"https://example.org\">texte suite</a><sup class=\"citation\">")
                .contains("class=\"wikilink\">le président</a><sup class=\"citation\">").doesNotContain("[@");
        HttpResponse<String> refused = save("Citation dans une adresse", "[lien](https://example.org \"[@" + S + "#p5]\")");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused.body())).contains("[@" + S + "#p5] (a citation cannot stand in a link");
    }

    // 3. A quote typed in NFD
    @Test
    void a_quote_typed_decomposed_is_saved_and_page_text_is_stored_composed() throws Exception {
        String nfd = "Assimi Goi\u0308ta a re\u0301vélé";
        assertThat(save("Quote décomposée", "Il a parlé [@" + S + "#p3 \"" + nfd + "\"].").statusCode()).isEqualTo(303);
        JsonNode page = api("Quote décomposée");
        assertThat(page.get("citations").get(0).get("exact").asText()).isEqualTo("Assimi Goïta a révélé");
        assertThat(page.get("body").asText()).contains("Assimi Goïta a révélé").doesNotContain("\u0308");
    }

    // 4. Links to a renamed page
    @Test
    void links_to_a_renamed_page_resolve_count_as_backlinks_and_the_json_api_follows_the_redirect() throws Exception {
        assertThat(save("Target X", "La cible.").statusCode()).isEqualTo(303);
        assertThat(save("Linker", "Voir [[Target X]] et [[Target X|la cible]].").statusCode()).isEqualTo(303);
        String base = currentId("Target X");
        assertThat(editor.post("/wiki/Target_X/edit", page("Target X Renamed", "topic", "La cible.", base)).statusCode())
                .isEqualTo(303);
        String linker = editor.get("/wiki/Linker").body();
        assertThat(linker).contains("<a href=\"/wiki/Target_X_Renamed\" title=\"Target X Renamed\" class=\"wikilink\">Target X</a>")
                .doesNotContain("wikilink new");
        assertThat(editor.get("/wiki/Target_X_Renamed/links").body()).contains("href=\"/wiki/Linker\"");
        HttpResponse<String> json = editor.get("/api/pages/Target_X");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(this.json.readTree(json.body()).get("slug").asText()).isEqualTo("Target_X_Renamed");
        assertThat(editor.get("/api/pages/Target_X/revisions").statusCode()).isEqualTo(200);
    }

    // 5. Section links and heading ids
    @Test
    void headings_have_ids_and_section_links_render_and_a_link_that_cannot_be_made_is_refused() throws Exception {
        String body = "## Rôle et mission\n\nTexte.\n\n## Rôle et mission\n\nVoir [[#Rôle et mission]], "
                + "[[Assimi Goïta#Carrière]] et [[Assimi Goïta#Carrière|sa carrière]].";
        assertThat(save("Sections", body).statusCode()).isEqualTo(303);
        String html = editor.get("/wiki/Sections").body();
        assertThat(html).contains("<h2 id=\"Rôle_et_mission\">Rôle et mission</h2>").contains("<h2 id=\"Rôle_et_mission_2\">")
                .contains("<a href=\"#R%C3%B4le_et_mission\" class=\"wikilink section\">#Rôle et mission</a>")
                .contains("<a href=\"/wiki/Assimi_Go%C3%AFta#Carri%C3%A8re\" title=\"Assimi Goïta\" class=\"wikilink\">Assimi Goïta#Carrière</a>")
                .contains("class=\"wikilink\">sa carrière</a>").doesNotContain("[[");
        HttpResponse<String> refused = save("Sections cassées", "## Début\n\n[[#Fin]] et [[a/b|x]].");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Link [[#Fin]]: this page has no heading with that name.")
                .contains("Link [[a/b|x]] cannot be made");
    }

    // 6. Titles with an invisible or non-ASCII space
    @Test
    void a_title_with_an_em_space_or_an_invisible_mark_is_the_same_page_everywhere() throws Exception {
        int pages = server.count("select count(*) from page");
        for (String title : List.of("Vladimir\u2003Poutine", "Vladimir\u00A0Poutine", "\u200EVladimir Pou\u200Btine", "Vladimir_Poutine\u2060")) {
            HttpResponse<String> refused = editor.post("/wiki/x/edit", page(title, "actor", "Double.", null));
            assertThat(refused.statusCode()).as(title).isEqualTo(400);
            assertThat(refused.body()).as(title).contains("Another page already has this title.");
        }
        assertThat(server.count("select count(*) from page")).isEqualTo(pages);
        HttpResponse<String> url = editor.get("/wiki/Vladimir%E2%80%83Poutine");
        assertThat(url.statusCode()).isEqualTo(301);
        assertThat(url.headers().firstValue("Location")).hasValue("/wiki/Vladimir_Poutine");
        assertThat(editor.get("/wiki/Vladimir%E2%80%83Poutine/history").statusCode()).isEqualTo(301);
        assertThat(editor.get("/wiki/Vladimir%E2%80%83Poutine/annotations.jsonld").statusCode()).isEqualTo(200);
        assertThat(editor.get("/api/pages/Vladimir%E2%80%83Poutine%E2%80%8E").statusCode()).isEqualTo(200);
        assertThat(save("Lien espacé", "Voir [[Vladimir\u2003Poutine]].").statusCode()).isEqualTo(303);
        assertThat(editor.get(path("Lien espacé")).body()).contains("href=\"/wiki/Vladimir_Poutine\" title=\"Vladimir Poutine\" class=\"wikilink\"");
    }

    // 7. Hyphens, dashes, spaces and nothing
    @Test
    void a_hyphen_an_en_dash_a_space_and_nothing_match_each_other_and_the_title_typed_with_a_hyphen_goes_to_the_page() throws Exception {
        for (String query : List.of("AES-Russie", "AES–Russie", "AES—Russie", "AESRussie", "Burkina-Faso", "Burkina Faso",
                "Burkina–Faso", "BurkinaFaso")) {
            assertThat(results(search(query))).as(query).isPositive();
        }
        assertThat(results(search("AES-Russie"))).isEqualTo(results(search("AES–Russie")));
        assertThat(save("Coopération AES–Russie", "Une page.").statusCode()).isEqualTo(303);
        assertThat(search("Coopération AES-Russie")).contains("class=\"go-to-page\"");
        assertThat(search("coopération aes russie")).contains("class=\"go-to-page\"");
        assertThat(save("Bamako-Moscou", "Une liaison Bamako-Moscou.").statusCode()).isEqualTo(303);
        assertThat(search("Bamako–Moscou")).contains("class=\"go-to-page\"").contains("Bamako-Moscou");
        assertThat(search("BamakoMoscou")).contains("href=\"/wiki/Bamako-Moscou\"");
        // Any dash in the text: Unicode's hyphen, a two-em dash, a fullwidth hyphen-minus.
        assertThat(save("Routes", "Les axes Kidal\u2010Gao, Niamey\u2E3AAgadez et Mopti\uFF0DSévaré.").statusCode()).isEqualTo(303);
        for (String query : List.of("Kidal-Gao", "Kidal Gao", "KidalGao", "Niamey–Agadez", "NiameyAgadez", "Mopti-Sévaré", "moptisevare")) {
            assertThat(search(query)).as(query).contains("href=\"/wiki/Routes\"");
        }
    }

    // 8. Typographic quotation marks
    @Test
    void french_and_typographic_quotation_marks_search_a_phrase() {
        int phrase = results(search("\"coopération militaire\""));
        int words = results(search("coopération militaire"));
        assertThat(phrase).isPositive().isLessThan(words);
        for (String query : List.of("« coopération militaire »", "«\u00A0coopération militaire\u00A0»", "“coopération militaire”",
                "„coopération militaire“")) {
            assertThat(results(search(query))).as(query).isEqualTo(phrase);
        }
    }

    // 9. Numbers with spaced thousands
    @Test
    void numbers_with_a_space_as_thousands_separator_are_found_by_the_number_and_the_other_way() throws Exception {
        assertThat(search("5000")).contains("href=\"/sources/" + S + "#p3\"").contains("href=\"/sources/" + S + "#p19\"");
        assertThat(search("5\u202F000 hommes")).contains("href=\"/sources/" + S + "#p3\"");
        assertThat(save("Effectifs", "Une force de 12000 soldats.").statusCode()).isEqualTo(303);
        assertThat(search("12 000 soldats")).contains("href=\"/wiki/Effectifs\"");
        assertThat(search("12\u2009000")).contains("href=\"/wiki/Effectifs\"");
    }

    // 10. Tag-like text and Markdown in snippets
    @Test
    void tag_like_text_is_searchable_and_snippets_show_what_the_reader_sees() throws Exception {
        String body = "## Balises\n\nLe texte `<script>` et <mark> restent **visibles** dans [un lien](https://example.org) "
                + "du Mali [@" + S + "#p5].";
        assertThat(save("Balises", body).statusCode()).isEqualTo(303);
        String found = search("script");
        assertThat(found).contains("href=\"/wiki/Balises\"");
        Matcher snippet = Pattern.compile("href=\"/wiki/Balises\".*?<p class=\"snippet\">(.*?)</p>", Pattern.DOTALL).matcher(found);
        assertThat(snippet.find()).isTrue();
        assertThat(snippet.group(1)).contains("&lt;<mark>script</mark>&gt;").contains("&lt;mark&gt;").contains("du Mali")
                .doesNotContain("**").doesNotContain("##").doesNotContain("](").doesNotContain("`").doesNotContain("Mali .");
        assertThat(search("<mark>")).contains("href=\"/wiki/Balises\"");
    }

    // 11. An offset past the last result
    @Test
    void an_offset_past_the_last_result_shows_the_last_results_and_says_so() {
        String html = search("AES");
        assertThat(results(html)).isPositive();
        String past = editor.get("/search?q=AES&offset=1000").body();
        assertThat(past).contains("There are not that many results; here are the last ones.")
                .doesNotContain("Nothing matches");
        assertThat(results(past)).isPositive();
        assertThat(past).doesNotContain("offset=1020");
        String none = editor.get("/search?q=zzqqxxw&offset=40").body();
        assertThat(none).contains("Nothing matches").doesNotContain("not that many results");
        String pagesOnly = editor.get("/search?q=Poutine&in=pages&offset=40").body();
        assertThat(results(pagesOnly)).isPositive();
        assertThat(pagesOnly).doesNotContain("Nothing matches");
    }

    // 12. A moved paragraph
    @Test
    void a_moved_paragraph_is_shown_moved_in_the_diff_not_as_word_swaps() throws Exception {
        String mali = "Le Mali a signé un accord de défense avec la Russie.";
        String niger = "Le Niger a reçu des instructeurs russes.";
        String burkina = "Le Burkina Faso a annoncé une coopération nucléaire.";
        assertThat(save("Déplacement", mali + "\n\n" + niger + "\n\n" + burkina).statusCode()).isEqualTo(303);
        String from = currentId("Déplacement");
        assertThat(save("Déplacement", niger + "\n\n" + burkina + "\n\n" + mali).statusCode()).isEqualTo(303);
        String to = currentId("Déplacement");
        String diff = editor.get("/wiki/D%C3%A9placement/diff?from=" + from + "&to=" + to).body();
        assertThat(diff).contains("<del class=\"diff-moved\">" + mali + "</del>").contains("<ins class=\"diff-moved\">" + mali + "</ins>")
                .doesNotContain("<del>Mali</del>").doesNotContain("<ins>Niger</ins>");
    }

    // 13. Blank lines at the edges
    @Test
    void blank_lines_at_the_start_or_end_and_spaces_at_line_ends_make_no_new_revision() throws Exception {
        assertThat(save("Bords", "Un.\n\nDeux.").statusCode()).isEqualTo(303);
        int revisions = server.count("select count(*) from revision");
        HttpResponse<String> same = save("Bords", "\n\n\n  \nUn.   \n\t\nDeux.\n\n\n\n");
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).contains("Nothing differs from the current version");
        assertThat(server.count("select count(*) from revision")).isEqualTo(revisions);
    }

    // Issue 10, fault 5: control characters in page text
    @Test
    void a_control_character_in_any_text_of_a_page_is_refused_with_the_text_kept_and_never_indexed() throws Exception {
        int revisions = server.count("select count(*) from revision");
        for (Map.Entry<String, String> field : Map.of("body", "Texte\u0000nul gardé", "summary", "résumé\u0001",
                "aliases", "Alias\u001F").entrySet()) {
            Map<String, String> form = new java.util.LinkedHashMap<>(page("Contrôle", "actor", "Texte gardé", null));
            form.put(field.getKey(), field.getValue());
            HttpResponse<String> refused = editor.post("/wiki/Contr%C3%B4le/edit", form);
            assertThat(refused.statusCode()).as(field.getKey()).isEqualTo(400);
            assertThat(refused.body()).as(field.getKey()).contains("contains a control character").contains("gardé");
        }
        HttpResponse<String> title = editor.post("/wiki/x/edit", page("Titre\u0000nul", "topic", "Texte gardé", null));
        assertThat(title.statusCode()).isEqualTo(400);
        assertThat(server.count("select count(*) from revision")).isEqualTo(revisions);
        assertThat(server.count("select count(*) from page where plain_text like '%' || chr(1) || '%'")).isZero();
        for (String url : List.of("/search?q=a%00b", "/api/titles?q=Pou%00tine", "/api/passages?q=Mali%00", "/search?q=%00")) {
            assertThat(editor.get(url).statusCode()).as(url).isEqualTo(200);
        }
    }

    // Issue 10, fault 8: a diff of two huge revisions
    @Test
    void the_diff_of_two_revisions_of_25000_words_answers() throws Exception {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 25_000; i++) {
            first.append("mot").append(random.nextInt(5000)).append(i % 40 == 39 ? "\n\n" : " ");
            second.append("mot").append(random.nextInt(5000)).append(i % 40 == 39 ? "\n\n" : " ");
        }
        assertThat(save("Grand texte", first.toString()).statusCode()).isEqualTo(303);
        String from = currentId("Grand texte");
        assertThat(save("Grand texte", second.toString()).statusCode()).isEqualTo(303);
        String to = currentId("Grand texte");
        long start = System.nanoTime();
        HttpResponse<String> diff = editor.get("/wiki/Grand_texte/diff?from=" + from + "&to=" + to);
        assertThat(diff.statusCode()).isEqualTo(200);
        System.err.println("Diff of two 25,000-word revisions: " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
