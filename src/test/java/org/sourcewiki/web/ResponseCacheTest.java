package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/**
 * Cached responses are never stale: whatever a reader asks, from either of two app servers on one database, after any
 * change shows the change, at once for its writer on either server, and for everyone once the change's notification
 * has arrived; and caching speaks HTTP (ETag and 304, immutable old revisions, gzip).
 */
class ResponseCacheTest {
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;
    private static TestServer second;
    private static WebSession writer;
    private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        server = new TestServer();
        second = server.secondServer();
        server.addUser("writer", PASSWORD, "editor");
        writer = new WebSession(server);
        writer.login("writer", PASSWORD);
    }

    @AfterAll
    static void stop() {
        second.close();
        server.close();
    }

    private static long current(String slug) {
        return server.database().jdbi().withHandle(h -> h.createQuery("select current_revision_id from page where slug = :s")
                .bind("s", slug).mapTo(Long.class).one());
    }

    private static void save(String slug, String title, String body) {
        String base = server.count("select count(*) from page where slug = '" + slug + "'") == 0 ? null : String.valueOf(current(slug));
        assertThat(writer.post("/wiki/" + slug + "/edit", page(title, "topic", body, base)).statusCode()).isEqualTo(303);
    }

    /**
     * What an anonymous reader of an app server gets once the change's notification has reached it (it is sent at
     * commit; on one machine it arrives in well under a millisecond): polled for at most five seconds.
     */
    private static String seenOn(TestServer on, String path, String expected) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String body = on.get(path).body();
        while (!body.contains(expected) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            body = on.get(path).body();
        }
        assertThat(body).as("seen on the other server once notified").contains(expected);
        return body;
    }

    /** Read twice from each server, so the second read of each is a cache hit. */
    private static String readTwiceOnEach(String path) {
        String first = server.get(path).body();
        assertThat(server.get(path).body()).isEqualTo(first);
        assertThat(second.get(path).body()).isEqualTo(second.get(path).body()).isEqualTo(first);
        return first;
    }

    @Test
    void a_red_link_turns_blue_when_its_page_is_created_on_either_server() {
        save("Lecteur", "Lecteur", "Voir [[Destination]] et [[Ailleurs]].");
        assertThat(readTwiceOnEach("/wiki/Lecteur")).contains("href=\"/wiki/Destination/edit\"");
        save("Destination", "Destination", "Existe.");
        assertThat(server.get("/wiki/Lecteur").body()).contains("href=\"/wiki/Destination\"").doesNotContain("/wiki/Destination/edit");
        // Its writer sees it at once on the other server, before any notification could arrive; everyone else as
        // soon as it has.
        assertThat(writer.on(second).get("/wiki/Lecteur").body()).contains("href=\"/wiki/Destination\"");
        seenOn(second, "/wiki/Lecteur", "href=\"/wiki/Destination\"");

        // Created through the second server, seen at once by its writer on the first, and by anyone once notified.
        WebSession other = new WebSession(second);
        other.login("writer", PASSWORD);
        assertThat(other.post("/wiki/Ailleurs/edit", page("Ailleurs", "topic", "Là.", null)).statusCode()).isEqualTo(303);
        assertThat(other.on(server).get("/wiki/Lecteur").body()).contains("href=\"/wiki/Ailleurs\"");
        seenOn(server, "/wiki/Lecteur", "href=\"/wiki/Ailleurs\"");
    }

    @Test
    void a_rename_and_a_new_revision_show_at_once_and_the_old_permalink_stays_as_it_was() {
        save("Avant", "Avant", "Cible.");
        save("Renvoi", "Renvoi", "Vers [[Avant]].");
        long first = current("Avant");
        assertThat(readTwiceOnEach("/wiki/Renvoi")).contains("href=\"/wiki/Avant\"");
        assertThat(readTwiceOnEach("/wiki/Avant")).contains("Cible.");
        save("Avant", "Après", "Cible renommée.");
        assertThat(server.get("/wiki/Renvoi").body()).contains("href=\"/wiki/Apr%C3%A8s\"");
        WebSession writerOnSecond = writer.on(second);
        assertThat(writerOnSecond.get("/wiki/Renvoi").body()).contains("href=\"/wiki/Apr%C3%A8s\"");
        seenOn(second, "/wiki/Renvoi", "href=\"/wiki/Apr%C3%A8s\"");
        assertThat(second.get("/wiki/Avant").statusCode()).isEqualTo(301);
        assertThat(second.get("/wiki/Apr%C3%A8s").body()).contains("Cible renommée.");
        assertThat(second.get("/wiki/Apr%C3%A8s?rev=" + first).body()).contains("Cible.").doesNotContain("Cible renommée.");
        assertThat(readTwiceOnEach("/wiki/Apr%C3%A8s/history")).contains("?rev=" + first);
        save("Après", "Après", "Troisième version.");
        assertThat(writerOnSecond.get("/wiki/Apr%C3%A8s").body()).contains("Troisième version.");
        seenOn(second, "/wiki/Apr%C3%A8s", "Troisième version.");
        assertThat(server.get("/wiki/Apr%C3%A8s/history").body()).contains("?rev=" + current("Après"));
        assertThat(writerOnSecond.get("/api/pages/Apr%C3%A8s").body()).contains("Troisième version.");
        seenOn(second, "/api/pages/Apr%C3%A8s", "Troisième version.");
    }

    @Test
    void the_language_of_the_interface_is_part_of_what_is_cached() {
        save("Langue", "Langue", "Texte.");
        String english = server.get("/wiki/Langue", "Accept-Language", "en").body();
        String french = server.get("/wiki/Langue", "Accept-Language", "fr").body();
        assertThat(english).contains("lang=\"en\"").contains("History");
        assertThat(french).contains("lang=\"fr\"").contains("Historique");
        assertThat(server.get("/wiki/Langue", "Accept-Language", "en").body()).isEqualTo(english);
        assertThat(server.get("/wiki/Langue", "Cookie", "lang=fr").body()).contains("lang=\"fr\"");
        assertThat(server.get("/wiki/Langue", "Cookie", "lang=en", "Accept-Language", "fr").body()).contains("lang=\"en\"");
    }

    @Test
    void a_signed_in_reader_sees_their_own_page_never_an_anonymous_one() {
        save("Session", "Session", "Texte.");
        server.get("/wiki/Session");
        String signedIn = writer.get("/wiki/Session").body();
        assertThat(signedIn).contains("writer").contains("/logout");
        assertThat(writer.get("/wiki/Session").body()).isEqualTo(signedIn);
        assertThat(server.get("/wiki/Session").body()).doesNotContain("/logout");
    }

    @Test
    void a_page_view_answers_304_to_its_etag_until_it_changes() {
        save("Etiquette", "Etiquette", "Première.");
        HttpResponse<String> first = server.get("/wiki/Etiquette");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        HttpResponse<String> again = server.get("/wiki/Etiquette", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(second.get("/wiki/Etiquette", "If-None-Match", etag).statusCode()).as("the same body on the other server").isEqualTo(304);
        save("Etiquette", "Etiquette", "Seconde.");
        HttpResponse<String> changed = server.get("/wiki/Etiquette", "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Seconde.");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void an_old_revision_is_immutable_and_the_current_one_is_not() {
        save("Figée", "Figée", "Une.");
        long old = current("Figée");
        save("Figée", "Figée", "Deux.");
        HttpResponse<String> permalink = server.get("/wiki/Fig%C3%A9e?rev=" + old);
        assertThat(permalink.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        String etag = permalink.headers().firstValue("ETag").orElseThrow();
        assertThat(server.get("/wiki/Fig%C3%A9e?rev=" + old, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(server.get("/wiki/Fig%C3%A9e?rev=" + current("Figée")).headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(server.get("/wiki/Fig%C3%A9e").headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(writer.get("/wiki/Fig%C3%A9e?rev=" + old).headers().firstValue("Cache-Control"))
                .hasValue("private, max-age=31536000, immutable");
    }

    @Test
    void html_css_javascript_and_json_are_sent_gzipped_to_who_accepts_it() throws Exception {
        save("Compressée", "Compressée", "Texte ".repeat(1000));
        for (String path : new String[] {"/wiki/Compress%C3%A9e", "/wiki/Compress%C3%A9e", "/static/css/sourcewiki.css",
                "/static/js/forms.js", "/api/pages/Compress%C3%A9e", "/api/sources"}) {
            HttpResponse<byte[]> gzipped = client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            String plain = server.get(path).body();
            assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain);
            assertThat(gzipped.body().length).as(path).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void styles_and_scripts_are_linked_by_fingerprint_and_kept_a_year() throws Exception {
        String home = server.get("/").body();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("/static/css/sourcewiki\\.([0-9a-f]{10})\\.css").matcher(home);
        assertThat(css.find()).as("the layout links the fingerprinted style sheet").isTrue();
        java.util.regex.Matcher js = java.util.regex.Pattern.compile("/static/js/forms\\.[0-9a-f]{10}\\.js").matcher(home);
        assertThat(js.find()).isTrue();
        HttpResponse<String> style = server.get(css.group());
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(style.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(style.body()).isEqualTo(server.get("/static/css/sourcewiki.css").body());
        HttpResponse<byte[]> gzipped = client.send(HttpRequest.newBuilder(URI.create(server.url(js.group())))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(server.get(js.group()).headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        // An older fingerprint (a page from before a deployment) still gets the file, but only for a while.
        String older = css.group().replace(css.group(1), "0123456789");
        assertThat(server.get(older).statusCode()).isEqualTo(200);
        assertThat(server.get(older).headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(server.get("/static/css/nothing.0123456789.css").statusCode()).isEqualTo(404);
        assertThat(server.get("/static/css/sourcewiki.css").headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
