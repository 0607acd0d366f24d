package org.sourcewiki.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.HtmlChecker;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/**
 * Claims end to end, on the demo wiki and a real PostgreSQL: values cited like the body and refused like it, shown
 * unsourced or linked to their passage, side by side when sources disagree, listed on /disputes, dated on
 * /timeline, linked on /graph, diffed, merged, exported as JSON and W3C annotations; every page valid HTML.
 */
class ClaimsTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String COMMUNIQUE = "/wiki/" + enc("Communiqué_conjoint_AES–Russie_d’avril_2025");
    private static final String CONSULTATIONS = "/wiki/" + enc("Consultations_AES–Russie_d’avril_2025");
    private static final String BAMADA = "bamada-2025-04-09-cooperation-strategique";
    private static TestServer server;
    private static WebSession editor;

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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Document html(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), server.url(path));
    }

    @Test
    void the_demo_accords_status_shows_each_source_side_by_side_with_its_quote() {
        Document page = html(COMMUNIQUE);
        Element status = page.getElementById("claim-status");
        assertThat(status.select(".field-values > li")).extracting(Element::text)
                .anySatisfy(text -> assertThat(text).startsWith("adopté"))
                .anySatisfy(text -> assertThat(text).startsWith("signé"));
        // A cited value links to its passage, the quoted words marked.
        assertThat(status.select(".claim-cite a").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).startsWith("/sources/" + BAMADA + "?mark=").endsWith("#p22"))
                .anySatisfy(href -> assertThat(href).startsWith("/sources/partenariat-aes-russie-reunion?mark=").endsWith("#p15"));
        Element dispute = page.getElementById("dispute-status");
        assertThat(dispute).isNotNull();
        assertThat(dispute.select(".dispute-value")).hasSize(3);
        assertThat(dispute.select("blockquote").eachText())
                .contains("« un communiqué conjoint adopté à la fin des travaux »", "« À l’issue de la rencontre, un communiqué conjoint a été signé »");
        assertThat(dispute.select("figcaption").eachText())
                .anySatisfy(caption -> assertThat(caption).startsWith("Moussa Keita, Coopération stratégique")
                        .contains("Bamada.net", "April 9, 2025", "passage 22"));
        // The type has no citation: marked, in the reader's language.
        assertThat(page.getElementById("claim-agreement_type").select(".claim-unsourced").text()).isEqualTo("unsourced");
        assertThat(Jsoup.parse(server.get(COMMUNIQUE, "Accept-Language", "fr").body()).getElementById("claim-agreement_type")
                .select(".claim-unsourced").text()).isEqualTo("sans source");
    }

    @Test
    void disputes_lists_every_contested_field_of_the_wiki_and_nothing_uncontested() {
        Document disputes = html("/disputes");
        List<String> headings = disputes.select(".dispute-entry h2").eachText();
        assertThat(headings).contains("Communiqué conjoint AES–Russie d’avril 2025 — Status", "Consultations AES–Russie d’avril 2025 — Held");
        // Goïta's roles come from different sources but a person holds several roles: listed on his page, not disputed.
        assertThat(headings).noneMatch(h -> h.startsWith("Assimi Goïta"));
        assertThat(disputes.select(".dispute-entry blockquote").eachText()).contains("« depuis ce mercredi 2 avril 2025 »",
                "« tenues du 1er au 5 avril 2025 à Moscou »");
    }

    @Test
    void a_value_without_citation_is_marked_unsourced_and_a_cited_one_links_to_its_passage() {
        HttpResponse<String> saved = editor.post("/wiki/Accord_test_A/edit", page("Accord test A", "agreement", "Texte.", null,
                "status", "conclu\nadopté [@" + BAMADA + "#p22 \"adopté à la fin des travaux\"] {2025-04} {preferred}",
                "parties", "Mali [@" + BAMADA + "#p6 \"regroupant le Mali\"]\nTchad"));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document page = html("/wiki/Accord_test_A");
        Element status = page.getElementById("claim-status");
        // The preferred value comes first; the normal one is one click away, still marked unsourced.
        assertThat(status.select("dd > .field-values > li").first().text()).startsWith("adopté (April 2025) preferred");
        assertThat(status.select("dd > .field-values > li .claim-cite a").attr("href")).startsWith("/sources/" + BAMADA).endsWith("#p22");
        assertThat(status.select("details.claim-others li").text()).contains("conclu", "normal", "unsourced");
        assertThat(page.getElementById("claim-parties").select("li.unsourced").text()).startsWith("Tchad");
        // Field citations are stored with the revision, after the body's (none here).
        assertThat(server.count("select count(*) from citation c join page p on p.current_revision_id = c.revision_id"
                + " where p.slug = 'Accord_test_A'")).isEqualTo(2);
        assertThat(page.select(".references").text()).contains("adopté à la fin des travaux");
    }

    @Test
    void a_value_citing_words_not_in_the_passage_is_refused_naming_the_field_and_line_and_nothing_is_saved() throws Exception {
        HttpResponse<String> refused = editor.post("/wiki/Accord_test_B/edit", page("Accord test B", "agreement", "Texte.", null,
                "status", "conclu\nsigné [@" + BAMADA + "#p22 \"a été signé à Paris\"]"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.body());
        List<String> problems = form.select(".form-errors li").eachText();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Status, line 2:").contains("a été signé à Paris"));
        HttpResponse<String> unreadable = editor.post("/wiki/Accord_test_B/edit", page("Accord test B", "agreement", "Texte.", null,
                "signed_on", "2025-04 {since avril}"));
        assertThat(Jsoup.parse(unreadable.body()).select(".form-errors li").eachText())
                .anySatisfy(p -> assertThat(p).startsWith("Signed, line 1:").contains("since avril"));
        // The editor's lines are kept as typed.
        assertThat(form.getElementById("field-status").text()).contains("signé [@" + BAMADA + "#p22 \"a été signé à Paris\"]");
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();
        assertThat(server.count("select count(*) from page where slug = 'Accord_test_B'")).isZero();
        // A line that is not a date in a date field, with its line number.
        HttpResponse<String> notDate = editor.post("/wiki/Accord_test_B/edit", page("Accord test B", "agreement", "Texte.", null,
                "signed_on", "2025\njuin 2025 [@" + BAMADA + "#p22]"));
        assertThat(Jsoup.parse(notDate.body()).select(".form-errors li").eachText())
                .anySatisfy(p -> assertThat(p).startsWith("Signed, line 2:"));
    }

    @Test
    void edits_of_different_values_from_one_base_are_merged_and_the_diff_names_values_and_citations() throws Exception {
        editor.post("/wiki/Accord_test_C/edit", page("Accord test C", "agreement", "Texte.", null, "status", "conclu"));
        String base = String.valueOf(server.count("select current_revision_id from page where slug = 'Accord_test_C'"));
        assertThat(editor.post("/wiki/Accord_test_C/edit", page("Accord test C", "agreement", "Texte.", base,
                "status", "conclu\nadopté [@" + BAMADA + "#p22]")).statusCode()).isEqualTo(303);
        HttpResponse<String> second = editor.post("/wiki/Accord_test_C/edit", page("Accord test C", "agreement", "Texte.", base,
                "status", "conclu [@partenariat-aes-russie-reunion#p15 \"a été signé\"]"));
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.headers().firstValue("Location").orElse("")).contains("merged=");
        JsonNode json = new ObjectMapper().readTree(server.get("/api/pages/Accord_test_C").body());
        assertThat(json.get("fields").get("status")).hasSize(2);
        JsonNode claims = json.get("claims").get("status");
        assertThat(claims.get(0).get("value").asText()).isEqualTo("conclu");
        assertThat(claims.get(0).get("citations").get(0).get("source").asText()).isEqualTo("partenariat-aes-russie-reunion");
        assertThat(claims.get(0).get("citations").get(0).get("exact").asText()).isEqualTo("a été signé");
        assertThat(claims.get(1).get("value").asText()).isEqualTo("adopté");
        assertThat(claims.get(1).get("rank").asText()).isEqualTo("normal");

        String first = String.valueOf(json.get("parent").asLong());
        Document diff = html("/wiki/Accord_test_C/diff?from=" + base + "&to=" + json.get("id").asLong());
        assertThat(diff.select(".value-changes li").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Value added: adopté").contains("added @" + BAMADA + "#p22"))
                .anySatisfy(t -> assertThat(t).startsWith("Value changed: conclu").contains("added @partenariat-aes-russie-reunion#p15"));
        assertThat(HtmlChecker.errors(server.get("/wiki/Accord_test_C/diff?from=" + base + "&to=" + first).body())).isEmpty();
    }

    @Test
    void annotations_carry_one_per_cited_value_pointing_at_the_value_on_the_page() throws Exception {
        JsonNode collection = new ObjectMapper().readTree(server.get(COMMUNIQUE + "/annotations.jsonld").body());
        List<String> bodies = collection.get("first").get("items").findValuesAsText("body");
        assertThat(bodies).anySatisfy(body -> assertThat(body).contains("#claim-parties-1"));
        assertThat(bodies).anySatisfy(body -> assertThat(body).contains("#claim-status-3"));
        // "signé" cites the very words the text cites: one citation, one annotation, whose body is the page.
        assertThat(bodies).noneSatisfy(body -> assertThat(body).contains("#claim-status-2"));
        JsonNode page = new ObjectMapper().readTree(server.get("/api/pages/" + COMMUNIQUE.substring(6)).body());
        assertThat(collection.get("first").get("items")).hasSize(page.get("citations").size());
    }

    @Test
    void the_timeline_puts_the_three_versions_of_the_consultation_dates_in_order_each_linked_to_its_value_and_passage() {
        Document timeline = html("/timeline");
        List<String> marks = timeline.select("svg.timeline-chart a.timeline-mark").eachAttr("href");
        assertThat(marks).contains(CONSULTATIONS + "#claim-held_on-1", CONSULTATIONS + "#claim-held_on-2",
                CONSULTATIONS + "#claim-held_on-3", COMMUNIQUE + "#claim-signed_on-1");
        // Exact days are dots, months and intervals spans.
        assertThat(timeline.select("a.timeline-mark.exact circle")).isNotEmpty();
        assertThat(timeline.select("a.timeline-mark.span rect")).isNotEmpty();
        Element table = timeline.selectFirst("table.timeline-table");
        assertThat(table.select("tbody tr")).hasSameSizeAs(marks);
        Element held = table.select("tbody tr").stream().filter(r -> r.text().contains("April 1, 2025 – April 5, 2025")).findFirst().orElseThrow();
        assertThat(held.select("a").eachAttr("href")).anySatisfy(h -> assertThat(h).startsWith("/sources/" + BAMADA).endsWith("#p4"));
        // Rows are in date order: the 2024 ratification before the 2025 entry into force.
        List<String> rows = table.select("tbody tr").eachText();
        assertThat(rows.get(0)).contains("July 4, 2024");

        Document mali = html("/timeline?actor=Mali&from=2025&to=2025-05");
        // Mali's own values and those of pages that name it: its agreements, the actors affiliated with it.
        assertThat(mali.select("table.timeline-table tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Accord de coopération militaire et technique Mali–Russie"))
                .anySatisfy(row -> assertThat(row).contains("Abdoulaye Diop"))
                .noneSatisfy(row -> assertThat(row).contains("Sergueï Lavrov"))
                .noneSatisfy(row -> assertThat(row).contains("Consultations"))
                .noneSatisfy(row -> assertThat(row).contains("July 4, 2024"))
                .noneSatisfy(row -> assertThat(row).contains("June 2025"));
        HttpResponse<String> bad = server.get("/timeline?from=avril");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).select(".form-errors").text()).contains("“avril” is not a date");
    }

    @Test
    void the_graph_links_agreements_to_their_parties_and_each_edge_to_its_value_and_passage() {
        Document graph = html("/graph");
        List<String> edges = graph.select("svg.graph-chart a.graph-edge").eachAttr("href");
        assertThat(edges).contains(COMMUNIQUE + "#claim-parties-1", COMMUNIQUE + "#claim-parties-2");
        assertThat(graph.select("svg.graph-chart a.graph-node").eachAttr("aria-label"))
                .contains("Communiqué conjoint AES–Russie d’avril 2025 (Agreement)", "Mali (Actor)", "Tchad (page not written yet)");
        Element item = graph.select(".graph-list li").stream()
                .filter(li -> li.text().startsWith("Communiqué conjoint AES–Russie d’avril 2025 → party → Fédération de Russie"))
                .findFirst().orElseThrow();
        assertThat(item.select("a").eachAttr("href"))
                .anySatisfy(h -> assertThat(h).startsWith("/sources/2025-06-23-cooperation-militaire?mark=").endsWith("#p18"));
        // Every node was placed by the layout, inside the drawing.
        assertThat(graph.select("a.graph-node rect").eachAttr("x")).allSatisfy(x -> assertThat(Double.parseDouble(x)).isGreaterThanOrEqualTo(0));

        Document around = html("/graph?around=" + enc("Sergueï_Lavrov") + "&depth=1");
        assertThat(around.select(".graph-list li").eachText()).containsExactly(
                "Sergueï Lavrov → affiliation → Fédération de Russie · Coopération stratégique : La Confédération des États du Sahel"
                        + " renforce ses liens avec la Fédération de Russie, passage 8");
        Document two = html("/graph?around=" + enc("Sergueï_Lavrov") + "&depth=2");
        assertThat(two.select(".graph-list li").size()).isGreaterThan(1);
        assertThat(server.get("/graph?around=Nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void pages_show_their_own_dates_and_links() {
        Document consultations = html(CONSULTATIONS);
        assertThat(consultations.select(".page-timeline table tbody tr")).hasSize(3);
        Document goita = html("/wiki/" + enc("Assimi_Goïta"));
        assertThat(goita.select(".page-graph .graph-list li").eachText()).anySatisfy(t -> assertThat(t).startsWith("Assimi Goïta → affiliation → Mali"));
    }

    @Test
    void the_claims_pages_and_a_page_with_a_dispute_are_valid_html() throws Exception {
        for (String path : List.of("/disputes", "/timeline", "/timeline?actor=Mali&from=2025-04", "/graph",
                "/graph?around=Mali&depth=1", COMMUNIQUE, CONSULTATIONS, "/wiki/" + enc("Assimi_Goïta"), "/timeline?from=x")) {
            assertThat(HtmlChecker.errors(server.get(path).body())).as(path).isEmpty();
        }
        assertThat(HtmlChecker.errors(editor.get(COMMUNIQUE + "/edit").body())).isEmpty();
    }
}
