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

/** A page view, its history and a diff run the same few queries whatever the number of links or revisions. */
class QueryCostTest {
    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
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
                STATEMENTS.incrementAndGet();
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

    private static int statementsFor(String path) {
        STATEMENTS.set(0);
        assertThat(reader.get(path).statusCode()).as(path).isEqualTo(200);
        return STATEMENTS.get();
    }

    @Test
    void a_page_view_costs_the_same_with_80_links_and_61_revisions_as_with_one() {
        int small = statementsFor("/wiki/Petite");
        int big = statementsFor("/wiki/Grande");
        assertThat(small).as("statements are counted").isPositive();
        // Revision, citations, existence of linked pages, passages mentioning an agreement, and the revision's
        // contributors and neighbours (citation metadata in the head, Memento headers): five in all.
        // Six since a page shows its dates and links (issue 13): one query for the pages that name it.
        assertThat(big).isEqualTo(small).isLessThanOrEqualTo(6);
        assertThat(reader.get("/wiki/Grande").body()).contains("href=\"/wiki/Page_3\"").contains("href=\"/wiki/Page_4/edit\"");
        assertThat(statementsFor("/wiki/Grande?rev=" + bigFirst)).isEqualTo(statementsFor("/wiki/Petite?rev=" + smallFirst)).isLessThanOrEqualTo(6);
    }

    @Test
    void history_and_diff_cost_a_fixed_number_of_queries() {
        assertThat(statementsFor("/wiki/Grande/history")).isEqualTo(statementsFor("/wiki/Petite/history")).isLessThanOrEqualTo(3);
        assertThat(statementsFor("/wiki/Grande/diff?from=" + bigFirst + "&to=" + bigLast))
                .isEqualTo(statementsFor("/wiki/Petite/diff?from=" + smallFirst + "&to=" + smallLast)).isLessThanOrEqualTo(4);
        assertThat(reader.get("/wiki/Grande/history").body()).contains("Older revisions");
    }
}
