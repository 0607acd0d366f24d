package org.sourcewiki.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.db.Database;
import org.sourcewiki.seed.Seeds;
import org.sourcewiki.source.Importers;
import org.sourcewiki.support.TestDatabase;

/**
 * The demo wiki of seeds/pages on a first start: every citation resolves against the seed sources, so a change to
 * the passage splitter that renumbers passages fails here, not on a user's first start.
 */
class SeedPagesTest {
    private static Database database;

    @BeforeAll
    static void firstStart() {
        database = TestDatabase.fresh();
        Seeds.importOnFirstStart(database.jdbi(), Importers.create(database, 5L * 1024 * 1024), Path.of("seeds"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static int count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void every_seed_page_is_saved_by_the_seed_account_with_its_citations() throws Exception {
        int files;
        try (var list = java.nio.file.Files.list(Path.of("seeds/pages"))) {
            files = (int) list.filter(Seeds::isSeedPage).count();
        }
        assertThat(count("select count(*) from page")).isEqualTo(files);
        String marker = database.jdbi().withHandle(h -> h.createQuery("select value from wiki_state where key = 'seeds.pages.imported'")
                .mapTo(String.class).one());
        assertThat(marker).isEqualTo(files + " saved, 0 refused");
        assertThat(count("select count(*) from revision r join account a on a.id = r.author_id where a.name = 'seed' and a.role = 'system'"))
                .isEqualTo(files);
    }

    @Test
    void the_demo_wiki_has_four_actors_three_agreements_a_topic_and_thirty_cited_passages() {
        assertThat(count("select count(*) from page where kind = 'actor'")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from page where kind = 'agreement'")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from page where kind = 'topic'")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(distinct (source_id, passage_number)) from citation")).isGreaterThanOrEqualTo(30);
    }

    @Test
    void every_stored_citation_selects_its_exact_words_inside_its_passage() {
        List<Map<String, Object>> rows = database.jdbi().withHandle(h -> h.createQuery("""
                select c.exact, c.start_offset, c.end_offset, p.start_offset as p_start, p.end_offset as p_end, s.stored_text,
                       c.source_text_sha256 = s.text_sha256 as same_text
                from citation c join passage p on p.source_id = c.source_id and p.number = c.passage_number
                join source s on s.id = c.source_id
                """).mapToMap().list());
        assertThat(rows).hasSizeGreaterThan(30);
        for (Map<String, Object> row : rows) {
            int start = (Integer) row.get("start_offset");
            int end = (Integer) row.get("end_offset");
            int[] codePoints = ((String) row.get("stored_text")).codePoints().toArray();
            assertThat(new String(codePoints, start, end - start)).isEqualTo(row.get("exact"));
            assertThat(start).isGreaterThanOrEqualTo((Integer) row.get("p_start"));
            assertThat(end).isLessThanOrEqualTo((Integer) row.get("p_end"));
            assertThat(row.get("same_text")).isEqualTo(true);
        }
    }

    @Test
    void the_topic_page_shows_where_the_sources_disagree_on_the_dates() {
        String body = database.jdbi().withHandle(h -> h.createQuery("""
                select r.body from page p join revision r on r.id = p.current_revision_id where p.kind = 'topic'
                """).mapTo(String.class).one());
        assertThat(body).contains("du 1er au 5 avril 2025").contains("depuis ce mercredi 2 avril 2025").contains("48 heures");
    }
}
