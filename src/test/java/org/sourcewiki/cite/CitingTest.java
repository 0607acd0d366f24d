package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.config.Config;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;
import org.sourcewiki.web.WebApp;

/** Citing through HTTP, on a first start with the demo wiki: the cite pages, every download, the head metadata. */
class CitingTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String GOITA = "/wiki/" + URLEncoder.encode("Assimi_Goïta", StandardCharsets.UTF_8);
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

    private long currentRevision(String path) throws Exception {
        return json.readTree(server.get(path.replace("/wiki/", "/api/pages/")).body()).get("id").asLong();
    }

    private static String today(String pattern, Locale locale) {
        return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static String permalink(long revision) {
        return "http://localhost:0/wiki/Assimi_Go%C3%AFta?rev=" + revision;
    }

    @Test
    void the_cite_page_shows_apa_mla_and_chicago_naming_the_permalink_and_the_access_date_in_english() throws Exception {
        long revision = currentRevision(GOITA);
        HttpResponse<String> cite = server.get(GOITA + "/cite", "Accept-Language", "en");
        assertThat(cite.statusCode()).isEqualTo(200);
        String html = cite.body().replace("&#61;", "=");
        for (String style : List.of("apa", "modern-language-association", "chicago-author-date")) {
            String reference = between(html, "id=\"reference-" + style + "\">", "</p>");
            assertThat(reference).as(style).contains(permalink(revision)).contains("Assimi Goïta").contains("Sourcewiki");
        }
        assertThat(between(html, "id=\"reference-apa\">", "</p>")).contains("Retrieved " + today("MMMM d, yyyy", Locale.ENGLISH));
        assertThat(between(html, "id=\"reference-modern-language-association\">", "</p>"))
                .contains("Accessed " + today("d MMM. yyyy", Locale.ENGLISH).replace("May.", "May"));
        assertThat(between(html, "id=\"reference-chicago-author-date\">", "</p>")).contains("Accessed " + today("MMMM d, yyyy", Locale.ENGLISH));
        assertThat(html).contains("APA 7").contains("MLA 9").contains("Chicago (author-date)")
                .contains("Sourcewiki contributors").contains(">" + revision + "</a>").contains("UTC")
                .contains("seed");
    }

    @Test
    void the_cite_page_is_in_french_with_the_french_csl_locale() {
        String html = server.get(GOITA + "/cite", "Accept-Language", "fr").body().replace("&#61;", "=");
        String apa = between(html, "id=\"reference-apa\">", "</p>");
        assertThat(apa).contains("Contributeurs de Sourcewiki").contains("Consulté " + today("d MMMM yyyy", Locale.FRENCH));
        assertThat(html).contains("Citer «\u202FAssimi Goïta\u202F»").contains("Lien permanent");
    }

    @Test
    void an_old_revision_is_cited_as_that_revision_and_the_current_one_as_the_current() throws Exception {
        HttpResponse<String> saved = editor.post("/wiki/Revisions_to_cite/edit", page("Revisions to cite", "topic", "First words.", null));
        assertThat(saved.statusCode()).isEqualTo(303);
        long first = currentRevision("/wiki/Revisions_to_cite");
        editor.post("/wiki/Revisions_to_cite/edit", page("Revisions to cite", "topic", "Second words.", String.valueOf(first)));
        long second = currentRevision("/wiki/Revisions_to_cite");
        assertThat(second).isGreaterThan(first);

        String old = server.get("/wiki/Revisions_to_cite/cite?rev=" + first).body().replace("&#61;", "=");
        assertThat(between(old, "id=\"reference-apa\">", "</p>")).contains("/wiki/Revisions_to_cite?rev=" + first)
                .contains("Version " + first).contains("citer");
        assertThat(old).contains("not the current version");
        String current = server.get("/wiki/Revisions_to_cite/cite").body().replace("&#61;", "=");
        assertThat(between(current, "id=\"reference-apa\">", "</p>")).contains("?rev=" + second);

        HttpResponse<String> export = server.get("/wiki/Revisions_to_cite/export.md?rev=" + first);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"Revisions_to_cite-rev" + first + ".md\"");
        assertThat(export.body()).contains("url: http://localhost:0/wiki/Revisions_to_cite?rev=" + first)
                .contains("First words.").doesNotContain("Second words.").doesNotContain("references:");
        assertThat(server.get("/wiki/Revisions_to_cite/export.md").body()).contains("Second words.");

        JsonNode item = json.readTree(server.get("/wiki/Revisions_to_cite/cite.json?rev=" + first).body()).get(0);
        assertThat(item.get("id").asText()).isEqualTo("Revisions_to_cite-rev" + first);
        assertThat(item.get("version").asText()).isEqualTo(String.valueOf(first));
        assertThat(item.get("author").get(0).get("literal").asText()).isEqualTo("citer");
        assertThat(item.get("language").asText()).isEqualTo("en");
    }

    @Test
    void citing_a_renamed_page_by_its_old_name_leads_to_its_new_name() throws Exception {
        editor.post("/wiki/Old_name/edit", page("Old name", "topic", "Des mots.", null));
        long first = currentRevision("/wiki/Old_name");
        HttpResponse<String> moved = editor.post("/wiki/Old_name/edit", page("New name", "topic", "Des mots.", String.valueOf(first)));
        assertThat(moved.statusCode()).isEqualTo(303);
        HttpResponse<String> cite = server.get("/wiki/Old_name/cite.bib");
        assertThat(cite.statusCode()).isEqualTo(301);
        assertThat(cite.headers().firstValue("Location")).hasValue("/wiki/New_name/cite.bib");
        HttpResponse<String> old = server.get("/wiki/Old_name/cite?rev=" + first);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/wiki/New_name/cite?rev=" + first);
        assertThat(server.get("/wiki/Old_name/timemap").headers().firstValue("Location")).hasValue("/wiki/New_name/timemap");
    }

    @Test
    void every_page_view_permalink_and_history_row_links_to_cite_this_page() throws Exception {
        long revision = currentRevision(GOITA);
        assertThat(server.get(GOITA).body()).contains("href=\"" + GOITA.replace("%C3%AF", "%C3%AF") + "/cite?rev=" + revision + "\"")
                .contains("Cite this page");
        assertThat(server.get(GOITA + "?rev=" + revision).body()).contains("/cite?rev=" + revision + "\"");
        assertThat(server.get(GOITA + "/history").body()).contains("/cite?rev=" + revision + "\"");
        assertThat(server.get("/sources/2025-06-russie-soutient").body())
                .contains("href=\"/sources/2025-06-russie-soutient/cite?p=7\"").contains("href=\"/sources/2025-06-russie-soutient/cite\"");
    }

    @Test
    void machine_formats_download_with_their_media_type_file_name_permalink_and_revision() throws Exception {
        long revision = currentRevision(GOITA);
        String key = "Assimi_Goita-rev" + revision;

        HttpResponse<String> csl = server.get(GOITA + "/cite.json");
        assertThat(csl.headers().firstValue("Content-Type")).hasValue("application/vnd.citationstyles.csl+json");
        assertThat(csl.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + key + ".json\"");
        JsonNode item = json.readTree(csl.body());
        assertThat(item.isArray()).isTrue();
        assertThat(item).hasSize(1);
        assertThat(item.get(0).get("id").asText()).isEqualTo(key);
        assertThat(item.get(0).get("type").asText()).isEqualTo("entry-encyclopedia");
        assertThat(item.get(0).get("URL").asText()).isEqualTo(permalink(revision));
        assertThat(item.get(0).get("version").asText()).isEqualTo(String.valueOf(revision));
        assertThat(item.get(0).get("container-title").asText()).isEqualTo("Sourcewiki");
        assertThat(item.get(0).get("accessed").get("date-parts").get(0)).hasSize(3);

        HttpResponse<String> bib = server.get(GOITA + "/cite.bib?rev=" + revision);
        assertThat(bib.headers().firstValue("Content-Type")).hasValue("application/x-bibtex; charset=utf-8");
        assertThat(bib.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + key + ".bib\"");
        assertThat(bib.body()).startsWith("@online{" + key + ",").contains("url = {" + permalink(revision) + "}")
                .contains("version = {" + revision + "}").contains("urldate = {" + LocalDate.now(ZoneOffset.UTC) + "}")
                .contains("title = {{Assimi Go{\\\"i}ta}}");

        HttpResponse<String> ris = server.get(GOITA + "/cite.ris?rev=" + revision);
        assertThat(ris.headers().firstValue("Content-Type")).hasValue("application/x-research-info-systems; charset=utf-8");
        assertThat(ris.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + key + ".ris\"");
        Map<String, String> tags = CiteFormatsTest.readRis(ris.body());
        assertThat(tags).containsEntry("TY", "ENCYC").containsEntry("UR", permalink(revision))
                .containsEntry("N1", "Revision " + revision).containsEntry("Y2", LocalDate.now(ZoneOffset.UTC).toString().replace('-', '/') + "/");

        assertThat(server.get(GOITA + "/cite.json").body()).as("the same URL gives the same key").contains("\"" + key + "\"");
    }

    @Test
    void wrong_revisions_and_pages_get_clear_answers_never_a_500() {
        assertThat(server.get(GOITA + "/cite?rev=abc").statusCode()).isEqualTo(400);
        assertThat(server.get(GOITA + "/cite.json?rev=999999").statusCode()).isEqualTo(404);
        assertThat(server.get("/wiki/No_such_page/cite").statusCode()).isEqualTo(404);
        assertThat(server.get("/wiki/No_such_page/export.md").statusCode()).isEqualTo(404);
        assertThat(server.get("/wiki/No_such_page/timemap").statusCode()).isEqualTo(404);
        assertThat(server.get("/sources/no-such-source/cite.bib").statusCode()).isEqualTo(404);
        assertThat(server.get("/sources/2025-06-russie-soutient/cite?p=9999").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = server.get("/sources/2025-06-russie-soutient/cite.ris?p=seven");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("A passage number is a whole number");
        int revisionOfAnotherPage = 1;
        assertThat(server.get("/wiki/Mali/cite?rev=" + revisionOfAnotherPage).statusCode()).isIn(404);
        assertThat(server.get("/wiki/Assimi%20Go%C3%AFta/cite").statusCode()).isEqualTo(301);
    }

    @Test
    void each_seed_source_is_cited_with_exactly_what_its_article_states() throws Exception {
        JsonNode list = json.readTree(server.get("/api/sources").body()).get("sources");
        assertThat(list).hasSize(5);
        for (JsonNode source : list) {
            String slug = source.get("slug").asText();
            JsonNode item = json.readTree(server.get("/sources/" + slug + "/cite.json").body()).get(0);
            assertThat(item.get("type").asText()).isEqualTo("article-newspaper");
            assertThat(item.get("title").asText()).isEqualTo(source.get("title").asText());
            if (source.get("title_supplied").asBoolean()) {
                assertThat(item.get("title").asText()).startsWith("[").endsWith("]");
            }
            assertThat(item.has("author")).as(slug).isEqualTo(!source.get("author").isNull());
            assertThat(item.has("container-title")).as(slug).isEqualTo(!source.get("publisher").isNull());
            assertThat(item.has("URL")).as(slug).isEqualTo(!source.get("url").isNull());
            assertThat(item.has("accessed")).isFalse();
            if (source.get("date").isNull()) {
                assertThat(item.has("issued")).as(slug).isFalse();
            } else {
                String date = source.get("date").asText();
                assertThat(item.get("issued").get("date-parts").get(0)).as(slug).hasSize(date.split("-").length);
            }
            String page = server.get("/sources/" + slug + "/cite").body();
            assertThat(page).contains("APA 7").contains("MLA 9").contains("Chicago (author-date)");
            if (source.get("author").isNull()) {
                assertThat(page).contains("not stated");
            }
        }
        JsonNode month = json.readTree(server.get("/sources/2025-06-russie-soutient/cite.json").body()).get(0);
        assertThat(month.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2025,6]");
        assertThat(month.get("title").asText()).isEqualTo("[La Russie soutient une force unifiée de l’AES de 5 000 hommes]");
        String bib = server.get("/sources/2025-06-russie-soutient/cite.bib").body();
        assertThat(bib).contains("date = {2025-06}").doesNotContain("author").doesNotContain("url =");
    }

    @Test
    void a_passage_is_cited_with_its_number_its_words_and_its_address() throws Exception {
        String slug = "2025-06-russie-soutient";
        JsonNode passage = json.readTree(server.get("/api/sources/" + slug).body()).get("passages").get(6);
        assertThat(passage.get("number").asInt()).isEqualTo(7);
        String text = passage.get("text").asText();
        String html = server.get("/sources/" + slug + "/cite?p=7").body();
        assertThat(html).contains("passage 7").contains(text.replace("’", "’").substring(0, 40))
                .contains("http://localhost:0/sources/" + slug + "#p7").contains("para. 7");
        JsonNode item = json.readTree(server.get("/sources/" + slug + "/cite.json?p=7").body()).get(0);
        assertThat(item.get("note").asText()).contains("¶ 7").contains(text).contains("http://localhost:0/sources/" + slug + "#p7");
        assertThat(server.get("/sources/" + slug + "/cite.ris?p=7").headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + slug + "-p7.ris\"");
        assertThat(CiteFormatsTest.readRis(server.get("/sources/" + slug + "/cite.ris?p=7").body()).get("N1")).contains(text);
        assertThat(server.get("/sources/" + slug + "/cite.bib?p=7").body()).contains("note = {¶ 7: ");
    }

    @Test
    void pages_and_sources_carry_zotero_metadata_consistent_with_the_csl_item() throws Exception {
        long revision = currentRevision(GOITA);
        String html = server.get(GOITA).body();
        String head = between(html, "<head>", "</head>").replace("&#61;", "=");
        assertThat(head).contains("<link rel=\"canonical\" href=\"" + permalink(revision) + "\">")
                .contains("<meta name=\"DC.title\" content=\"Assimi Goïta\">")
                .contains("<meta name=\"DC.creator\" content=\"Sourcewiki contributors\">")
                .contains("<meta name=\"DC.date\" content=\"" + LocalDate.now(ZoneOffset.UTC) + "\">")
                .contains("<meta name=\"DC.identifier\" content=\"" + permalink(revision) + "\">")
                .contains("<meta name=\"DC.language\" content=\"fr\">")
                .contains("<meta name=\"DC.publisher\" content=\"Sourcewiki\">")
                .contains("<meta property=\"og:title\" content=\"Assimi Goïta\">")
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta property=\"og:url\" content=\"" + permalink(revision) + "\">")
                .contains("<meta property=\"og:site_name\" content=\"Sourcewiki\">")
                .contains("rel=\"alternate\" type=\"application/vnd.citationstyles.csl+json\"")
                .contains("rel=\"alternate\" type=\"application/x-bibtex\"")
                .contains("rel=\"alternate\" type=\"application/x-research-info-systems\"")
                .doesNotContain("citation_title");
        for (String alternate : alternates(head)) {
            assertThat(server.get(alternate.replace("http://localhost:0", "")).statusCode()).as(alternate).isEqualTo(200);
        }

        String source = between(server.get("/sources/2025-06-russie-soutient").body(), "<head>", "</head>");
        assertThat(source).contains("<link rel=\"canonical\" href=\"http://localhost:0/sources/2025-06-russie-soutient\">")
                .contains("<meta name=\"DC.title\" content=\"[La Russie soutient une force unifiée de l’AES de 5 000 hommes]\">")
                .contains("<meta name=\"DC.date\" content=\"2025-06\">")
                .doesNotContain("DC.creator").doesNotContain("DC.publisher").doesNotContain("citation_title");
        assertThat(between(server.get("/sources/bamada-2025-04-09-cooperation-strategique").body(), "<head>", "</head>"))
                .contains("<meta name=\"DC.creator\" content=\"Moussa Keita\">")
                .contains("<meta name=\"DC.publisher\" content=\"Bamada.net\">");
    }

    @Test
    void a_wiki_name_from_the_configuration_names_the_wiki_in_references() throws Exception {
        Config config = Config.fromMap(Map.of("PORT", "0", "WIKI_NAME", "Wiki Sahel"));
        assertThat(config.wikiName()).isEqualTo("Wiki Sahel");
        assertThat(Config.fromMap(Map.of()).wikiName()).isEqualTo("Sourcewiki");
        Javalin app = WebApp.create(config, server.database()).start("127.0.0.1", 0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            String body = client.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + app.port() + GOITA + "/cite.json")).build(), HttpResponse.BodyHandlers.ofString()).body();
            JsonNode item = json.readTree(body).get(0);
            assertThat(item.get("container-title").asText()).isEqualTo("Wiki Sahel");
            assertThat(item.get("author").get(0).get("literal").asText()).isEqualTo("Wiki Sahel contributors");
        } finally {
            app.stop();
        }
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'" + start + "' in the page").isGreaterThanOrEqualTo(0);
        int to = text.indexOf(end, from + start.length());
        return text.substring(from + start.length(), to);
    }

    private static List<String> alternates(String head) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("rel=\"alternate\"[^>]*href=\"([^\"]+)\"").matcher(head);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(5);
        return found;
    }
}
