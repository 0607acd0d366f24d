package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.account.Account;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.config.Config;
import org.sourcewiki.page.EditForm;
import org.sourcewiki.page.PageService;
import org.sourcewiki.page.SaveOutcome;
import org.sourcewiki.source.ImportOutcome;
import org.sourcewiki.source.Importers;
import org.sourcewiki.support.TestServer;

/** RFC 7089 on the running wiki: the page is its own TimeGate, permalinks are Mementos, /timemap lists them all. */
class MementoHttpTest {
    private static final String BASE = "http://localhost:0/wiki/Time_travel";
    private static TestServer server;
    private static final List<Long> revisions = new ArrayList<>();
    private static final List<String> datetimes = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        PageService pages = new PageService(server.database().jdbi());
        Account editor = new AccountService(server.database().jdbi()).create("traveller", "correct horse battery", "editor");
        Long base = null;
        for (int i = 1; i <= 3; i++) {
            if (i > 1) {
                Thread.sleep(1100); // HTTP dates count whole seconds: one revision per second
            }
            SaveOutcome outcome = pages.save(editor, "Time_travel",
                    new EditForm("Time travel", "topic", "Version " + i + " of the text.", "", base == null ? "" : String.valueOf(base), Map.of()));
            base = ((SaveOutcome.Saved) outcome).revisionId();
            revisions.add(base);
        }
        for (long id : revisions) {
            datetimes.add(server.get("/wiki/Time_travel?rev=" + id).headers().firstValue("Memento-Datetime").orElseThrow());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> at(String datetime) {
        return server.get("/wiki/Time_travel", "Accept-Datetime", datetime);
    }

    @Test
    void accept_datetime_lands_on_the_revision_in_effect_at_that_instant() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> found = at(datetimes.get(i));
            assertThat(found.statusCode()).isEqualTo(302);
            assertThat(found.headers().firstValue("Location")).hasValue(BASE + "?rev=" + revisions.get(i));
        }
        OffsetDateTime second = Memento.parseHttpDate(datetimes.get(1)).orElseThrow();
        OffsetDateTime third = Memento.parseHttpDate(datetimes.get(2)).orElseThrow();
        if (third.isAfter(second.plusSeconds(1))) {
            assertThat(at(Memento.httpDate(second.plusSeconds(1))).headers().firstValue("Location"))
                    .as("between two revisions, the earlier one").hasValue(BASE + "?rev=" + revisions.get(1));
        }
        assertThat(at("Tue, 20 Mar 2001 13:36:10 GMT").headers().firstValue("Location"))
                .as("before the first revision, the first").hasValue(BASE + "?rev=" + revisions.get(0));
        assertThat(at("Fri, 31 Dec 9999 23:59:59 GMT").headers().firstValue("Location"))
                .as("after the last, the last").hasValue(BASE + "?rev=" + revisions.get(2));
    }

    @Test
    void the_timegate_answer_has_vary_and_a_link_header_with_original_timemap_and_memento() {
        HttpResponse<String> found = at(datetimes.get(1));
        assertThat(found.headers().firstValue("Vary")).hasValue("accept-datetime");
        Map<String, Map<String, String>> links = MementoTest.parseLinks(found.headers().firstValue("Link").orElseThrow());
        assertThat(links.get(BASE)).containsEntry("rel", "original timegate");
        assertThat(links.get(BASE + "/timemap")).containsEntry("rel", "timemap").containsEntry("type", "application/link-format");
        assertThat(links.get(BASE + "?rev=" + revisions.get(1))).containsEntry("rel", "memento").containsEntry("datetime", datetimes.get(1));
    }

    @Test
    void a_malformed_accept_datetime_is_a_400_with_a_clear_message() {
        HttpResponse<String> refused = at("last Tuesday");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Accept-Datetime must be an HTTP date");
        assertThat(at("2025-04-02").statusCode()).isEqualTo(400);
    }

    @Test
    void the_current_page_says_it_is_the_original_resource_and_its_own_timegate() {
        HttpResponse<String> page = server.get("/wiki/Time_travel");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Vary")).hasValue("accept-datetime");
        assertThat(MementoTest.parseLinks(page.headers().firstValue("Link").orElseThrow()).get(BASE))
                .containsEntry("rel", "original timegate");
    }

    @Test
    void every_permalink_is_a_memento_with_its_datetime_and_neighbours() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> memento = server.get("/wiki/Time_travel?rev=" + revisions.get(i));
            assertThat(memento.statusCode()).isEqualTo(200);
            assertThat(memento.headers().firstValue("Memento-Datetime").orElseThrow())
                    .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            Map<String, Map<String, String>> links = MementoTest.parseLinks(memento.headers().firstValue("Link").orElseThrow());
            assertThat(links.get(BASE)).containsEntry("rel", "original timegate");
            assertThat(links.get(BASE + "/timemap")).containsEntry("rel", "timemap");
            assertThat(links.get(BASE + "?rev=" + revisions.get(i)).get("rel")).endsWith("memento");
        }
        Map<String, Map<String, String>> middle = MementoTest.parseLinks(
                server.get("/wiki/Time_travel?rev=" + revisions.get(1)).headers().firstValue("Link").orElseThrow());
        assertThat(middle.get(BASE + "?rev=" + revisions.get(0))).containsEntry("rel", "first prev memento")
                .containsEntry("datetime", datetimes.get(0));
        assertThat(middle.get(BASE + "?rev=" + revisions.get(1))).containsEntry("rel", "memento");
        assertThat(middle.get(BASE + "?rev=" + revisions.get(2))).containsEntry("rel", "next last memento");
        Map<String, Map<String, String>> first = MementoTest.parseLinks(
                server.get("/wiki/Time_travel?rev=" + revisions.get(0)).headers().firstValue("Link").orElseThrow());
        assertThat(first.get(BASE + "?rev=" + revisions.get(0))).containsEntry("rel", "first memento");
        assertThat(first.keySet()).doesNotContain(BASE + "?rev=0");
    }

    @Test
    void the_timemap_lists_every_revision_with_its_datetime() {
        HttpResponse<String> timemap = server.get("/wiki/Time_travel/timemap");
        assertThat(timemap.statusCode()).isEqualTo(200);
        assertThat(timemap.headers().firstValue("Content-Type")).hasValue("application/link-format; charset=utf-8");
        Map<String, Map<String, String>> links = MementoTest.parseLinks(timemap.body());
        assertThat(links.get(BASE)).containsEntry("rel", "original timegate");
        assertThat(links.get(BASE + "/timemap")).containsEntry("rel", "self").containsEntry("from", datetimes.get(0))
                .containsEntry("until", datetimes.get(2));
        for (int i = 0; i < 3; i++) {
            assertThat(links.get(BASE + "?rev=" + revisions.get(i))).containsEntry("datetime", datetimes.get(i));
        }
        assertThat(links).hasSize(5);
    }

    @Test
    void a_page_with_hundreds_of_revisions_has_them_all_in_its_timemap() {
        PageService pages = new PageService(server.database().jdbi());
        Account editor = new AccountService(server.database().jdbi()).create("prolific", "correct horse battery", "editor");
        Long base = null;
        for (int i = 1; i <= 300; i++) {
            SaveOutcome outcome = pages.save(editor, "Long_history",
                    new EditForm("Long history", "topic", "Edit " + i, "", base == null ? "" : String.valueOf(base), Map.of()));
            base = ((SaveOutcome.Saved) outcome).revisionId();
        }
        long started = System.nanoTime();
        HttpResponse<String> timemap = server.get("/wiki/Long_history/timemap");
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Map<String, String>> links = MementoTest.parseLinks(timemap.body());
        assertThat(links).hasSize(302);
        assertThat(links.values().stream().filter(link -> link.get("rel").endsWith("memento"))).hasSize(300);
        assertThat(millis).as("one light query, not 300 bodies").isLessThan(5000);
        assertThat(server.get("/wiki/Long_history?rev=" + base).headers().firstValue("Memento-Datetime")).isPresent();
    }

    @Test
    void a_source_page_is_a_memento_of_itself_dated_by_its_import() {
        HttpResponse<String> source = server.get("/sources/2025-06-russie-soutient");
        String datetime = source.headers().firstValue("Memento-Datetime").orElseThrow();
        assertThat(Memento.parseHttpDate(datetime)).isPresent();
        assertThat(MementoTest.parseLinks(source.headers().firstValue("Link").orElseThrow())
                .get("http://localhost:0/sources/2025-06-russie-soutient"))
                .containsEntry("rel", "original memento").containsEntry("datetime", datetime);
    }

    @Test
    void a_source_with_a_known_address_is_a_memento_of_the_article_at_that_address() {
        String article = "---\ntitle: Un article daté\npublisher: Le Journal\nauthor:\ndate: 2025-05\nlanguage: fr\n"
                + "url: https://journal.example.org/article-date\n---\nUn article daté\n\nLe texte de l’article, tel que publié.\n";
        ImportOutcome outcome = Importers.create(server.database(), Config.DEFAULT_IMPORT_MAX_BYTES).importStream("dated.txt", "dated.txt",
                new ByteArrayInputStream(article.getBytes(StandardCharsets.UTF_8)));
        String slug = ((ImportOutcome.Imported) outcome).slug();
        HttpResponse<String> source = server.get("/sources/" + slug);
        Map<String, Map<String, String>> links = MementoTest.parseLinks(source.headers().firstValue("Link").orElseThrow());
        assertThat(links.get("https://journal.example.org/article-date")).containsEntry("rel", "original");
        assertThat(links.get("http://localhost:0/sources/" + slug)).containsEntry("rel", "memento")
                .containsEntry("datetime", source.headers().firstValue("Memento-Datetime").orElseThrow());
        assertThat(server.get("/sources/no-such-source").headers().firstValue("Memento-Datetime")).isEmpty();
    }
}
