package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewiki.account.Account;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.db.Database;
import org.sourcewiki.support.TestDatabase;

/** The revision chain in the database, under concurrent saves. */
class PageServiceTest {
    private Database database;
    private PageService service;
    private Account editor;

    @BeforeEach
    void open() {
        database = TestDatabase.fresh();
        service = new PageService(database.jdbi());
        editor = new AccountService(database.jdbi()).create("racer", "correct horse battery", "editor");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static EditForm form(String title, String body, Long base) {
        return new EditForm(title, "topic", body, "", base == null ? "" : String.valueOf(base), Map.of());
    }

    @Test
    void concurrent_saves_from_one_base_form_one_chain_and_lose_nothing() throws Exception {
        int editors = 12;
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < editors; i++) {
            base.append("Paragraphe ").append(i).append(".\n\n");
        }
        long start = ((SaveOutcome.Saved) service.save(editor, "Course", form("Course", base.toString(), null))).revisionId();

        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<SaveOutcome>> saves = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            int paragraph = i;
            // Even editors change their own paragraph (no overlap); odd ones all change paragraph 1 (overlap).
            String changed = paragraph % 2 == 0
                    ? base.toString().replace("Paragraphe " + paragraph + ".", "Paragraphe " + paragraph + " modifié par " + paragraph + ".")
                    : base.toString().replace("Paragraphe 1.", "Paragraphe 1 réécrit par " + paragraph + ".");
            saves.add(() -> {
                go.await();
                return service.save(editor, "Course", form("Course", changed, start));
            });
        }
        List<Future<SaveOutcome>> futures = new ArrayList<>();
        for (Callable<SaveOutcome> save : saves) {
            futures.add(pool.submit(save));
        }
        go.countDown();
        List<SaveOutcome> outcomes = new ArrayList<>();
        for (Future<SaveOutcome> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();

        List<Long> saved = outcomes.stream().filter(o -> o instanceof SaveOutcome.Saved)
                .map(o -> ((SaveOutcome.Saved) o).revisionId()).toList();
        long conflicts = outcomes.stream().filter(o -> o instanceof SaveOutcome.Conflict).count();
        assertThat(saved.size() + conflicts).isEqualTo(editors);
        assertThat(saved.size()).isGreaterThanOrEqualTo(editors / 2 + 1);

        // Every accepted save is a revision, and the revisions form one chain from the first.
        List<Map<String, Object>> rows = database.jdbi().withHandle(h -> h.createQuery(
                "select id, parent_id from revision where page_id = (select id from page where slug = 'Course') order by id")
                .mapToMap().list());
        assertThat(rows).hasSize(saved.size() + 1);
        Set<Object> parents = new HashSet<>();
        Object previous = null;
        for (Map<String, Object> row : rows) {
            assertThat(row.get("parent_id")).isEqualTo(previous);
            assertThat(parents.add(row.get("parent_id"))).isTrue();
            previous = row.get("id");
        }
        // Nothing accepted is lost: every even editor's paragraph survives in the final text.
        String finalText = database.jdbi().withHandle(h -> h.createQuery(
                "select r.body from page p join revision r on r.id = p.current_revision_id where p.slug = 'Course'")
                .mapTo(String.class).one());
        for (int i = 0; i < editors; i += 2) {
            assertThat(finalText).contains("Paragraphe " + i + " modifié par " + i + ".");
        }
        assertThat(finalText.split("réécrit par", -1).length - 1).isLessThanOrEqualTo(1);
    }

    @Test
    void two_creations_of_one_new_page_at_once_make_one_page() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SaveOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = "Version " + i;
            futures.add(pool.submit(() -> {
                go.await();
                return service.save(editor, "Nouvelle", form("Nouvelle", body, null));
            }));
        }
        go.countDown();
        int savedCount = 0;
        for (Future<SaveOutcome> future : futures) {
            if (future.get() instanceof SaveOutcome.Saved) {
                savedCount++;
            }
        }
        pool.shutdown();
        assertThat(savedCount).isEqualTo(1);
        int revisions = database.jdbi().withHandle(h -> h.createQuery("select count(*) from revision").mapTo(Integer.class).one());
        assertThat(revisions).isEqualTo(1);
    }

    @Test
    void revisions_cannot_be_altered_or_deleted() {
        service.save(editor, "Fixe", form("Fixe", "Texte.", null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                database.jdbi().useHandle(h -> h.execute("update revision set body = 'autre'"))).hasMessageContaining("immutable");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                database.jdbi().useHandle(h -> h.execute("delete from revision"))).hasMessageContaining("immutable");
    }

    @Test
    void fields_merge_separately_from_the_body() {
        PageContent base = new PageContent("T", "actor", Map.of("role", "ministre"), "a\n\nb\n");
        PageContent theirs = new PageContent("T", "actor", Map.of("role", "ministre", "subtype", "person"), "a\n\nb\n");
        PageContent mine = new PageContent("T", "actor", Map.of("role", "ministre"), "a\n\nb modifié\n");
        assertThat(PageService.merge(base, theirs, mine)).hasValue(
                new PageContent("T", "actor", Map.of("role", "ministre", "subtype", "person"), "a\n\nb modifié\n"));
        PageContent clash = new PageContent("T", "actor", Map.of("role", "président"), "a\n\nb\n");
        PageContent other = new PageContent("T", "actor", Map.of("role", "chef"), "a\n\nb\n");
        assertThat(PageService.merge(base, other, clash)).isEmpty();
    }

    @Test
    void pages_saved_before_search_entries_held_plain_text_get_them_at_start() {
        assertThat(service.save(editor, "Ancienne", form("Ancienne", "Le **pays** `<script>` du Mali [@a#p1].", null)))
                .isInstanceOf(SaveOutcome.Invalid.class);
        assertThat(service.save(editor, "Ancienne", form("Ancienne", "Le **pays** `<script>` du [[Mali]].", null)))
                .isInstanceOf(SaveOutcome.Saved.class);
        database.jdbi().useHandle(handle -> handle.execute("update page set plain_text = null"));
        assertThat(PageSearchIndex.fillMissing(database.jdbi())).isEqualTo(1);
        assertThat(PageSearchIndex.fillMissing(database.jdbi())).isZero();
        String plain = database.jdbi().withHandle(handle -> handle.createQuery("select plain_text from page")
                .mapTo(String.class).one());
        assertThat(plain).isEqualTo("Le pays <script> du Mali.");
        Integer found = database.jdbi().withHandle(handle -> handle.createQuery(
                "select count(*) from page where search @@ websearch_to_tsquery('sw_french', 'script')").mapTo(Integer.class).one());
        assertThat(found).isEqualTo(1);
    }
}
