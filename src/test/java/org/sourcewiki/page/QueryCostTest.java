package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;

/**
 * A page view, its history and a diff run the same few queries whatever the number of links or revisions; every
 * reading route runs a fixed number, and answered from the response cache, none (the content generation is known from
 * PostgreSQL's notifications) but the session lookup for a signed-in reader. Counts of a route's own work are taken with the cache emptied first (the
 * generation bumped), so they do not depend on what an earlier test asked.
 */
class QueryCostTest {
    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final AtomicInteger GENERATION_READS = new AtomicInteger();
    private static TestServer server;
    private static WebSession reader;
    private static long smallFirst;
    private static long smallLast;
    private static long bigFirst;
    private static long bigLast;

    @BeforeAll
    static void start() {
        server = new TestServer();
        server.addUser("writer", PASSWORD, "editor");
        WebSession writer = new WebSession(server);
        writer.login("writer", PASSWORD);
        writer.post("/wiki/Petite/edit", page("Petite", "agreement", "Un lien vers [[Mali]].", null));
        smallFirst = current("Petite");
        writer.post("/wiki/Petite/edit", page("Petite", "agreement", "Un lien vers [[Mali]] !", String.valueOf(smallFirst)));
        smallLast = current("Petite");

        StringBuilder links = new StringBuilder();
        StringBuilder parties = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            links.append("[[Page ").append(i).append("]] ");
            parties.append("Partie ").append(i).append('\n');
        }
        writer.post("/wiki/Grande/edit", page("Grande", "agreement", links.toString(), null, "parties", parties.toString()));
        bigFirst = current("Grande");
        for (int i = 0; i < 60; i++) {
            writer.post("/wiki/Grande/edit", page("Grande", "agreement", links + "\n\nversion " + i, String.valueOf(current("Grande")),
                    "parties", parties.toString()));
        }
        bigLast = current("Grande");
        writer.post("/wiki/Page_3/edit", page("Page 3", "topic", "Existe.", null));
        server.database().jdbi().getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                // The generation read is counted apart: whether a request makes it depends on whether the change's
                // notification reached the server first, which is a race; the route's own statements are not.
                String sql = context.getRawSql() == null ? "" : context.getRawSql();
                (sql.contains("content_generation") ? GENERATION_READS : STATEMENTS).incrementAndGet();
            }
        });
        reader = new WebSession(server);
        reader.get("/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long current(String slug) {
        return server.database().jdbi().withHandle(h -> h.createQuery("select current_revision_id from page where slug = :s")
                .bind("s", slug).mapTo(Long.class).one());
    }

    /** The route's own statements for a request the response cache cannot answer (the generation read apart). */
    private static int statementsFor(String path) {
        return statementsFor(reader, path);
    }

    private static int statementsFor(WebSession session, String path) {
        long bumped = server.database().jdbi().withHandle(h -> h.createQuery(
                "update content_generation set value = value + 1 returning value").mapTo(Long.class).one());
        // As the reader who made the change: the server reads the generation from PostgreSQL (one statement) rather
        // than wait for the change's notification, and then makes the page.
        session.setCookie("sw_gen", String.valueOf(bumped));
        STATEMENTS.set(0);
        GENERATION_READS.set(0);
        assertThat(session.get(path).statusCode()).as(path).isEqualTo(200);
        return STATEMENTS.get();
    }

    /** Every statement of a request as it comes, cached or not, the generation read included. */
    private static int cachedStatementsFor(WebSession session, String path) {
        STATEMENTS.set(0);
        GENERATION_READS.set(0);
        assertThat(session.get(path).statusCode()).as(path).isEqualTo(200);
        return STATEMENTS.get() + GENERATION_READS.get();
    }

    @Test
    void a_page_view_costs_the_same_with_80_links_and_61_revisions_as_with_one() {
        int small = statementsFor("/wiki/Petite");
        int big = statementsFor("/wiki/Grande");
        assertThat(small).as("statements are counted").isPositive();
        // Revision, citations, existence of linked pages, passages mentioning an agreement, and the revision's
        // contributors and neighbours (citation metadata in the head, Memento headers): five in all; and the pages
        // that name this one, for its dates and links (issue 13). (The content generation, when it must be read, is
        // counted apart.)
        assertThat(big).isEqualTo(small).isLessThanOrEqualTo(6);
        assertThat(reader.get("/wiki/Grande").body()).contains("href=\"/wiki/Page_3\"").contains("href=\"/wiki/Page_4/edit\"");
        assertThat(statementsFor("/wiki/Grande?rev=" + bigFirst)).isEqualTo(statementsFor("/wiki/Petite?rev=" + smallFirst)).isLessThanOrEqualTo(8);
    }

    @Test
    void every_reading_route_costs_a_fixed_number_of_queries_and_none_when_cached() {
        String source = server.database().jdbi().withHandle(h -> h.createQuery("select slug from source order by id limit 1")
                .mapTo(String.class).one());
        // route → most statements it may run of its own (the generation read apart), measured on this branch
        java.util.Map<String, Integer> routes = new java.util.LinkedHashMap<>();
        routes.put("/", 5);
        routes.put("/wiki/Grande", 7);
        routes.put("/wiki/Grande?rev=" + bigFirst, 8);
        routes.put("/wiki/Grande/history", 4);
        routes.put("/wiki/Grande/history?before=" + (bigFirst + 10), 4);
        routes.put("/wiki/Grande/diff?from=" + bigFirst + "&to=" + bigLast, 5);
        routes.put("/wiki/Grande/links", 4);
        routes.put("/sources", 3);
        routes.put("/sources/" + source, 8);
        routes.put("/search?q=Mali", 8);
        routes.put("/pages", 3);
        routes.put("/actors", 3);
        routes.put("/agreements", 3);
        routes.put("/recent", 3);
        routes.put("/api/pages/Grande", 5); // and the citations of its claims (issue 13)
        routes.put("/api/pages/Grande/revisions", 4);
        routes.put("/api/sources", 3);
        java.util.Map<String, Integer> measured = new java.util.LinkedHashMap<>();
        for (var route : routes.entrySet()) {
            measured.put(route.getKey(), statementsFor(route.getKey()));
            int cached = cachedStatementsFor(reader, route.getKey());
            assertThat(cached).as("answered from the cache: no statement at all, " + route.getKey()).isZero();
        }
        System.out.println("Statements per route: " + measured);
        for (var route : routes.entrySet()) {
            assertThat(measured.get(route.getKey())).as(route.getKey()).isPositive().isLessThanOrEqualTo(route.getValue());
        }
        // Routes that are not cached (their answer holds today's date) still cost a fixed number.
        assertThat(statementsFor("/wiki/Grande/cite")).isEqualTo(statementsFor("/wiki/Petite/cite")).isLessThanOrEqualTo(6);
        assertThat(statementsFor("/wiki/Grande/timemap")).isEqualTo(statementsFor("/wiki/Petite/timemap")).isLessThanOrEqualTo(4);
        assertThat(statementsFor("/api/sources/" + source)).isLessThanOrEqualTo(4);
    }

    @Test
    void a_signed_in_page_view_from_the_cache_adds_only_the_session_lookup() {
        WebSession editor = new WebSession(server);
        editor.login("writer", PASSWORD);
        int full = statementsFor(editor, "/wiki/Grande");
        int cached = cachedStatementsFor(editor, "/wiki/Grande");
        reader.get("/wiki/Grande");
        int anonymousCached = cachedStatementsFor(reader, "/wiki/Grande");
        assertThat(anonymousCached).isZero();
        assertThat(full).isGreaterThan(cached);
        assertThat(cached - anonymousCached).as("the session lookup, and nothing else").isBetween(1, 2);
    }

    @Test
    void history_and_diff_cost_a_fixed_number_of_queries() {
        // Each with the content generation read first (issue 14).
        assertThat(statementsFor("/wiki/Grande/history")).isEqualTo(statementsFor("/wiki/Petite/history")).isLessThanOrEqualTo(4);
        assertThat(statementsFor("/wiki/Grande/diff?from=" + bigFirst + "&to=" + bigLast))
                .isEqualTo(statementsFor("/wiki/Petite/diff?from=" + smallFirst + "&to=" + smallLast)).isLessThanOrEqualTo(5);
        assertThat(reader.get("/wiki/Grande/history").body()).contains("Older revisions");
    }
}
