package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcewiki.support.HtmlChecker;
import org.sourcewiki.support.TestServer;

/** The cite pages, and the pages whose heads now carry citation metadata, pass the Nu HTML Checker in both languages. */
class CiteHtmlValidityTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/wiki/Assimi_Go%C3%AFta/cite", "/wiki/Assimi_Go%C3%AFta/cite?rev=1", "/wiki/Assimi_Go%C3%AFta",
        "/wiki/Assimi_Go%C3%AFta/history", "/sources/2025-06-russie-soutient/cite", "/sources/2025-06-russie-soutient/cite?p=7",
        "/sources/bamada-2025-04-09-cooperation-strategique/cite?p=3", "/sources/bamada-2025-04-09-cooperation-strategique"})
    void the_page_is_valid_html(String path) throws Exception {
        for (String language : List.of("en", "fr")) {
            var response = server.get(path, "Accept-Language", language);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(HtmlChecker.errors(response.body())).as(path + " in " + language).isEmpty();
        }
    }
}
