package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.HtmlChecker;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/** Every page type of the wiki itself, as an editor and an admin see them, passes the Nu HTML Checker. */
class PageHtmlValidityTest {
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;
    private static WebSession admin;
    private static long first;
    private static long second;

    @BeforeAll
    static void start() {
        server = new TestServer();
        server.addUser("admin", PASSWORD, "admin");
        server.addUser("editor", PASSWORD, "editor");
        admin = new WebSession(server);
        admin.login("admin", PASSWORD);
        admin.post("/wiki/Assimi_Goïta/edit", page("Assimi Goïta", "actor", "Président du [[Mali]].\n\n## Rôle\n\n* un\n* deux", null,
                "subtype", "person", "aliases", "Goita", "affiliation", "Mali", "role", "Président"));
        first = server.count("select current_revision_id from page");
        admin.post("/wiki/Assimi_Goïta/edit", page("Assimi Goïta", "actor", "Président de la Transition du [[Mali]].", String.valueOf(first),
                "subtype", "person", "affiliation", "Mali"));
        second = server.count("select current_revision_id from page");
        admin.post("/wiki/Accord_Mali–Russie/edit", page("Accord Mali–Russie", "agreement", "Accord.", null,
                "parties", "Mali\nRussie", "signed_on", "2023", "in_force_on", "2025-01"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_wiki_page_type_is_valid_html() throws Exception {
        List<String> paths = List.of("/wiki/Assimi_Go%C3%AFta", "/wiki/Assimi_Go%C3%AFta?rev=" + first, "/wiki/Assimi_Go%C3%AFta/edit",
                "/wiki/Assimi_Go%C3%AFta/history", "/wiki/Assimi_Go%C3%AFta/diff?from=" + first + "&to=" + second,
                "/wiki/Mali/links", "/wiki/Mali", "/wiki/Nouvelle_page/edit", "/actors", "/agreements", "/pages", "/recent",
                "/", "/sources", "/login", "/account/password", "/admin/users",
                "/sources/bamada-2025-04-09-cooperation-strategique", "/sources/bamada-2025-04-09-cooperation-strategique/edit",
                "/sources/bamada-2025-04-09-cooperation-strategique/history");
        for (String path : paths) {
            String html = admin.get(path).body();
            assertThat(HtmlChecker.errors(html)).as(path).isEmpty();
        }
    }

    @Test
    void previews_conflicts_and_refusals_are_valid_html() throws Exception {
        Map<String, String> preview = new LinkedHashMap<>(page("Brouillon", "topic", "Texte *aperçu* [[Mali]].", null));
        preview.put("preview", "preview");
        assertThat(HtmlChecker.errors(admin.post("/wiki/Brouillon/edit", preview).body())).as("preview").isEmpty();

        String conflict = admin.post("/wiki/Assimi_Go%C3%AFta/edit", page("Assimi Goïta", "actor", "Tout autre texte.", String.valueOf(first))).body();
        assertThat(conflict).contains("Edit conflict");
        assertThat(HtmlChecker.errors(conflict)).as("conflict").isEmpty();

        String refused = admin.post("/wiki/x/edit", page("a/b", "topic", "x", null)).body();
        assertThat(HtmlChecker.errors(refused)).as("refused").isEmpty();
        String forbidden = new WebSession(server).post("/wiki/x/edit", page("x", "topic", "x", null)).body();
        assertThat(HtmlChecker.errors(forbidden)).as("forbidden").isEmpty();
        String failedLogin = new WebSession(server).post("/login", Map.of("username", "admin", "password", "nope", "next", "/")).body();
        assertThat(HtmlChecker.errors(failedLogin)).as("failed login").isEmpty();
    }
}
