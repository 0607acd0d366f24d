package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcewiki.support.HtmlChecker;
import org.sourcewiki.support.TestServer;

/** Every page type passes the Nu HTML Checker with no errors, in both interface languages. */
class HtmlValidityTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/", "/sources", "/sources/bamada-2025-04-09-cooperation-strategique", "/sources/2025-04-02-aes-ministres",
        "/sources/no-such-source", "/no/such/page", "/search?q=Goita", "/actors", "/language?set=xx"})
    void the_page_is_valid_html(String path) throws Exception {
        for (String language : List.of("en", "fr")) {
            String html = server.get(path, "Accept-Language", language).body();
            assertThat(HtmlChecker.errors(html)).as(path + " in " + language).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void the_checker_does_report_invalid_html() throws Exception {
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>"))
                .isNotEmpty();
    }
}
