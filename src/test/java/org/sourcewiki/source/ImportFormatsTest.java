package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.db.Database;
import org.sourcewiki.source.Importers;
import org.sourcewiki.support.TestDatabase;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/**
 * Editors import a saved web page and a PDF from the browser, or a page by its address; each source shows where
 * its metadata was read, and its original file downloads as it was.
 */
class ImportFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;
    private static HttpServer site;
    private static String siteUrl;
    private static WebSession editor;
    private static byte[] htmlPage;
    private static byte[] pdf;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(Map.of("IMPORT_ALLOW_PRIVATE", "true"));
        server.addUser("archivist", "correct horse battery", "editor");
        editor = new WebSession(server);
        editor.login("archivist", "correct horse battery");
        htmlPage = Files.readAllBytes(HtmlReaderTest.NEWS_PAGE);
        pdf = TestDocuments.newsPdf();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/politique/niger-uranium", exchange ->
                PageFetcherTest.send(exchange, 200, "text/html; charset=utf-8", htmlPage));
        site.start();
        siteUrl = "http://127.0.0.1:" + site.getAddress().getPort();

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("niger-uranium.html", htmlPage);
        files.put("helicopteres-bamako.pdf", pdf);
        HttpResponse<String> result = editor.upload("/sources", files);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("2 imported, 0 already present, 0 rejected.");
    }

    @AfterAll
    static void stop() {
        site.stop(0);
        server.close();
    }

    private static JsonNode source(String fileName) throws IOException {
        String slug = server.database().jdbi().withHandle(h -> h.createQuery(
                "select slug from source where file_name = :f").bind("f", fileName).mapTo(String.class).one());
        return JSON.readTree(server.get("/api/sources/" + slug).body());
    }

    private static HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
    }

    @Test
    void a_saved_web_page_imports_with_what_it_states_and_its_passages_in_reading_order() throws Exception {
        JsonNode page = source("niger-uranium.html");

        assertThat(page.get("title").asText()).isEqualTo("Niger : l’uranium au cœur d’un nouvel accord avec Moscou");
        assertThat(page.get("date").asText()).isEqualTo("2025-06-22");
        assertThat(page.get("author").asText()).isEqualTo("Aminata Diallo");
        assertThat(page.get("publisher").asText()).isEqualTo("Le Courrier du Sahel");
        assertThat(page.get("slug").asText()).isEqualTo("courrier-2025-06-22-niger-uranium");
        assertThat(page.get("media_type").asText()).isEqualTo("text/html");
        assertThat(page.get("metadata_origin").get("title").asText()).isEqualTo("json-ld");
        assertThat(page.get("metadata_origin").get("url").asText()).isEqualTo("canonical");
        List<String> texts = new java.util.ArrayList<>();
        page.get("passages").forEach(p -> texts.add(p.get("text").asText()));
        assertThat(texts.indexOf("Niger : l’uranium au cœur d’un nouvel accord avec Moscou"))
                .isLessThan(texts.indexOf("Un secteur en pleine recomposition"));
        assertThat(String.join("\n", texts)).doesNotContain("dataLayer", "Texte caché");
        int[] codePoints = page.get("text").asText().codePoints().toArray();
        page.get("passages").forEach(p -> assertThat(new String(codePoints, p.get("start").asInt(),
                p.get("end").asInt() - p.get("start").asInt())).isEqualTo(p.get("text").asText()));
    }

    @Test
    void a_pdf_imports_with_its_properties_and_the_date_its_text_states() throws Exception {
        JsonNode article = source("helicopteres-bamako.pdf");

        assertThat(article.get("title").asText()).isEqualTo("Mali : Moscou livre de nouveaux hélicoptères à Bamako");
        assertThat(article.get("author").asText()).isEqualTo("Ousmane Traoré");
        assertThat(article.get("publisher").asText()).isEqualTo("Le Journal du Sahel");
        assertThat(article.get("date").asText()).isEqualTo("2025-06-22");
        assertThat(article.get("metadata_origin").get("date").asText()).isEqualTo("text passage 4");
        assertThat(article.get("metadata_origin").get("title").asText()).isEqualTo("pdf");
        assertThat(article.get("passages").get(0).get("text").asText()).isEqualTo(TestDocuments.RUNNING_HEADER);
    }

    @Test
    void the_source_page_says_where_each_field_was_read_in_english_and_french() {
        String slug = server.database().jdbi().withHandle(h -> h.createQuery(
                "select slug from source where file_name = 'helicopteres-bamako.pdf'").mapTo(String.class).one());
        String english = server.get("/sources/" + slug, "Accept-Language", "en").body();
        assertThat(english).contains("from pdf").contains("from passage 4").contains("href=\"#p4\"")
                .contains("/sources/" + slug + "/original").contains("Original file (application/pdf)");
        String french = server.get("/sources/" + slug, "Accept-Language", "fr").body();
        assertThat(french).contains("d’après pdf").contains("d’après le passage 4").contains("Fichier d’origine");
    }

    @Test
    void the_original_file_downloads_as_it_was_with_its_media_type_and_a_safe_name() throws Exception {
        JsonNode page = source("niger-uranium.html");
        HttpResponse<byte[]> html = download("/sources/" + page.get("slug").asText() + "/original");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).isEqualTo(htmlPage);
        assertThat(contentType(html)).isEqualTo("text/html;charset=utf-8");
        assertThat(html.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"niger-uranium.html\"; filename*=UTF-8''niger-uranium.html");
        assertThat(ArticleParser.sha256(html.body())).isEqualTo(page.get("digests").get("original_sha256").asText());

        JsonNode article = source("helicopteres-bamako.pdf");
        HttpResponse<byte[]> pdfFile = download("/sources/" + article.get("slug").asText() + "/original");
        assertThat(pdfFile.body()).isEqualTo(pdf);
        assertThat(pdfFile.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(article.get("original").asText()).isEqualTo("/sources/" + article.get("slug").asText() + "/original");
    }

    @Test
    void a_file_name_with_accents_and_quotes_downloads_under_an_encoded_name() throws Exception {
        HttpResponse<String> result = editor.upload("/sources",
                Map.of("Accord « Sahel » été.txt", "Un court article sur l’accord signé cet été.".getBytes("UTF-8")));
        assertThat(result.body()).contains("1 imported");
        String slug = server.database().jdbi().withHandle(h -> h.createQuery(
                "select slug from source where file_name like 'Accord%'").mapTo(String.class).one());
        HttpResponse<byte[]> file = download("/sources/" + slug + "/original");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"Accord _ Sahel _ ete.txt\"; "
                        + "filename*=UTF-8''Accord%20%C2%AB%20Sahel%20%C2%BB%20%C3%A9t%C3%A9.txt");
        assertThat(contentType(file)).isEqualTo("text/plain;charset=utf-8");
    }

    @Test
    void the_seeds_keep_their_files_and_header_origins_and_lost_files_are_recovered_by_digest() throws Exception {
        JsonNode seed = JSON.readTree(server.get("/api/sources/bamada-2025-04-09-cooperation-strategique").body());
        assertThat(seed.get("metadata_origin").get("title").asText()).isEqualTo("header");
        // Its header brackets the date: the council day it reports, not a stated date of publication.
        assertThat(seed.get("metadata_origin").get("date").asText()).isEqualTo("inferred");
        assertThat(seed.get("metadata_origin").has("url")).isFalse();
        byte[] file = Files.readAllBytes(Path.of("seeds/sources/000_00b142498f9a0335.txt"));
        assertThat(download("/sources/bamada-2025-04-09-cooperation-strategique/original").body()).isEqualTo(file);

        server.database().jdbi().useHandle(h -> h.execute("delete from source_original where source_id = "
                + "(select id from source where slug = 'bamada-2025-04-09-cooperation-strategique')"));
        HttpResponse<byte[]> lost = download("/sources/bamada-2025-04-09-cooperation-strategique/original");
        assertThat(lost.statusCode()).isEqualTo(404);
        assertThat(new String(lost.body(), StandardCharsets.UTF_8)).contains("was not kept");

        int recovered = Importers.create(server.database(), 5_000_000).recoverOriginals(Path.of("seeds/sources"));
        assertThat(recovered).isEqualTo(1);
        assertThat(download("/sources/bamada-2025-04-09-cooperation-strategique/original").body()).isEqualTo(file);
    }

    @Test
    void an_address_given_on_the_upload_form_is_fetched_and_archived_with_its_retrieval_time() throws Exception {
        String address = siteUrl + "/politique/niger-uranium";
        // the same page saved as a file is already present: the stored text is the same
        HttpResponse<String> again = editor.upload("/sources", Map.of(), Map.of("url", address));
        assertThat(again.body()).contains("0 imported, 1 already present");

        site.createContext("/other", exchange -> PageFetcherTest.send(exchange, 200, "text/html",
                ("<html lang=\"en\"><head><title>Mali and Russia sign a new pact - Sahel Wire</title>"
                        + "<meta property=\"og:site_name\" content=\"Sahel Wire\"></head><body><article><h1>Mali and "
                        + "Russia sign a new pact</h1><p>Bamako and Moscow signed an energy pact on Monday, the "
                        + "government said.</p></article></body></html>").getBytes("UTF-8")));
        HttpResponse<String> result = editor.upload("/sources", Map.of(), Map.of("url", siteUrl + "/other"));
        assertThat(result.body()).contains("1 imported, 0 already present, 0 rejected.");
        JsonNode fetched = JSON.readTree(server.get("/api/sources/sahel-mali-russia").body());
        assertThat(fetched.get("url").asText()).isEqualTo(siteUrl + "/other");
        assertThat(fetched.get("metadata_origin").get("url").asText()).isEqualTo("fetched");
        assertThat(fetched.get("title").asText()).isEqualTo("Mali and Russia sign a new pact");
        assertThat(fetched.get("retrieved_at").asText()).isNotBlank();
        String sourcePage = server.get("/sources/sahel-mali-russia", "Accept-Language", "en").body();
        assertThat(sourcePage).contains("Retrieved").contains("fetched from this address");

        HttpResponse<String> missing = editor.upload("/sources", Map.of(), Map.of("url", siteUrl + "/no-such-page"));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("1 rejected").contains("404 Not Found");
        HttpResponse<String> nothing = editor.upload("/sources", Map.of(), Map.of("url", " "));
        assertThat(nothing.statusCode()).isEqualTo(400);
    }

    @Test
    void migrating_an_existing_wiki_marks_its_sources_fields_as_read_from_the_header() {
        String url = TestDatabase.createDatabase();
        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("filesystem:migrations").target("4").load().migrate();
        try (Database database = Database.connect(url, TestDatabase.user(), TestDatabase.password(), null)) {
            database.jdbi().useHandle(h -> h.execute("""
                    insert into source (slug, title, publisher, published, language, original_sha256, text_sha256,
                                        original_encoding, stored_text)
                    values ('old', 'Un titre', 'Bamada.net', '2025-04', 'fr', repeat('a', 64), repeat('b', 64),
                            'UTF-8', 'Un texte.')"""));
            database.migrate();
            Map<String, Object> row = database.jdbi().withHandle(h -> h.createQuery(
                    "select media_type, metadata_origin::text as origin from source where slug = 'old'").mapToMap().one());
            assertThat(row.get("media_type")).isEqualTo("text/plain");
            assertThat(row.get("origin")).isEqualTo(
                    "{\"date\": \"header\", \"title\": \"header\", \"language\": \"header\", \"publisher\": \"header\"}");
        }
    }

    @Test
    void text_in_another_language_or_script_is_marked_as_such_wherever_it_is_shown() throws Exception {
        String english = "Zorvanite output falls at the northern mine\n\n"
                + "Output of zorvanite at the northern mine fell by a third in the last quarter, the operator said on Monday, "
                + "after heavy rains flooded two of its pits and cut the only road to the processing plant for a week.\n";
        String arabic = "\u0627\u0644\u0628\u0631\u0644\u0645\u0627\u0646 \u064a\u0646\u0627\u0642\u0634 \u0627\u0644\u0645\u064a\u0632\u0627\u0646\u064a\u0629\n\n"
                + "\u0646\u0627\u0642\u0634 \u0627\u0644\u0628\u0631\u0644\u0645\u0627\u0646 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646 "
                + "\u0645\u0634\u0631\u0648\u0639 \u0627\u0644\u0645\u064a\u0632\u0627\u0646\u064a\u0629 \u0627\u0644\u062c\u062f\u064a\u062f\u0629 "
                + "\u0644\u0644\u0639\u0627\u0645 \u0627\u0644\u0645\u0642\u0628\u0644 \u0648\u0633\u0637 \u062e\u0644\u0627\u0641 "
                + "\u062d\u0648\u0644 \u0627\u0644\u0636\u0631\u0627\u0626\u0628 \u0648\u0627\u0644\u062f\u0639\u0645.\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("zorvanite.txt", english.getBytes(StandardCharsets.UTF_8));
        files.put("budget-ar.txt", arabic.getBytes(StandardCharsets.UTF_8));
        assertThat(editor.upload("/sources", files).body()).contains("2 imported");

        // A search snippet is marked in its source's language, not the wiki's (it was always "fr").
        String found = server.get("/search?q=zorvanite").body();
        assertThat(found).containsPattern("<p class=\"snippet\" lang=\"en\" dir=\"auto\">[^<]*<mark>");
        // A script without capitals still has a headline (it was made up in brackets), and right-to-left text is laid
        // out right to left: the title and every passage let the browser find their direction.
        JsonNode budget = source("budget-ar.txt");
        assertThat(budget.get("title").asText()).isEqualTo(arabic.lines().findFirst().orElseThrow());
        assertThat(budget.get("metadata_origin").get("title").asText()).isEqualTo("text passage 1");
        String page = server.get("/sources/" + budget.get("slug").asText()).body();
        assertThat(page).containsPattern("<h1 lang=\"[a-z]+\" dir=\"auto\">\u0627\u0644\u0628\u0631\u0644\u0645\u0627\u0646");
        assertThat(page).containsPattern("<p class=\"passage-text\" dir=\"auto\"[^>]*>\u0646\u0627\u0642\u0634");
    }
}
