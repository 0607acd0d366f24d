package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewiki.db.Database;
import org.sourcewiki.support.TestDatabase;

/**
 * A folder import stores its articles in batches, one transaction each with a savepoint per article: every rule of
 * the one-article import holds inside a batch and across batch boundaries, and a failing article takes only itself.
 */
class BatchImportTest {
    private final ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));
    private final List<Database> databases = new ArrayList<>();
    private Database database;

    @TempDir
    Path folder;

    @BeforeEach
    void openDatabase() {
        database = open();
    }

    @AfterEach
    void closeDatabases() {
        databases.forEach(Database::close);
    }

    private Database open() {
        Database opened = TestDatabase.fresh();
        databases.add(opened);
        return opened;
    }

    private SourceImporter importer(Database on, int batchSize, SourceImporter.VersionListener listener) {
        return new SourceImporter(on.jdbi(), parser, 5L << 20, listener)
                .withBatchLimits(new SourceImporter.BatchLimits(batchSize, 16L << 20));
    }

    private static String article(String title, String publisher, String url, String... paragraphs) {
        return "---\ntitle: " + title + "\npublisher: " + (publisher == null ? "" : publisher) + "\ndate: 2025-04-02\nurl: "
                + (url == null ? "" : url) + "\nlanguage: fr\n---\n" + String.join("\n\n", paragraphs) + "\n";
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int count(Database on, String sql) {
        return on.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static final String PROSE = "Le conseil des ministres a adopté mercredi un projet de loi sur la coopération "
            + "militaire avec plusieurs partenaires, selon le communiqué lu à la télévision nationale.";

    private static final String RARE = "Une ligne que le site imprime rarement";
    private static final String SECOND_PROSE = "Les travaux commenceront au printemps et dureront dix-huit mois, selon "
            + "l’adjoint chargé des finances, qui a promis de consulter les commerçants avant de fixer les loyers.";

    @Test
    void the_same_text_twice_in_one_batch_is_stored_once_and_the_second_is_already_present() throws Exception {
        String text = article("Accord signé à Niamey", "Journal du Niger", null, PROSE, "Deuxième paragraphe du texte.");
        write("a.txt", text);
        // The same stored text in another encoding and with Windows line ends: the same article.
        Files.write(folder.resolve("b.txt"), text.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252")));

        ImportSummary summary = importer(database, 100, null).importPaths(List.of(folder), outcome -> { });

        assertThat(summary.outcomes()).extracting(ImportOutcome::kind).containsExactly("imported", "present");
        String slug = ((ImportOutcome.Imported) summary.outcomes().get(0)).slug();
        assertThat(((ImportOutcome.AlreadyPresent) summary.outcomes().get(1)).slug()).isEqualTo(slug);
        assertThat(count(database, "select count(*) from source")).isEqualTo(1);
    }

    @Test
    void two_versions_of_one_article_in_one_batch_are_version_1_and_2_and_the_listener_sees_version_2_committed()
            throws Exception {
        String url = "https://journal-niger.example/accord";
        write("a.txt", article("Accord signé à Niamey", "Journal du Niger", url, PROSE, "Premier état du texte."));
        write("b.txt", article("Accord signé à Niamey", "Journal du Niger", url, PROSE, "Texte corrigé par la rédaction."));
        Database other = database;
        List<String> seenByListener = new ArrayList<>();
        SourceImporter.VersionListener listener = sourceId -> {
            // Read on another connection: only a committed source is visible there.
            seenByListener.add(other.jdbi().withHandle(h -> h.createQuery("select slug from source where id = :id")
                    .bind("id", sourceId).mapTo(String.class).findOne().orElse("not committed")));
            return new ImportOutcome.Reanchored(0, 0);
        };

        ImportSummary summary = importer(database, 100, listener).importPaths(List.of(folder), outcome -> { });

        ImportOutcome.Imported first = (ImportOutcome.Imported) summary.outcomes().get(0);
        ImportOutcome.Imported second = (ImportOutcome.Imported) summary.outcomes().get(1);
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.slug()).isEqualTo(first.slug() + "-v2");
        assertThat(second.versionOf()).isEqualTo(first.slug());
        assertThat(second.reanchored()).isEqualTo(new ImportOutcome.Reanchored(0, 0));
        assertThat(seenByListener).containsExactly(second.slug());
        assertThat(count(database, "select count(*) from source where version = 2 and first_version_id = "
                + "(select id from source where slug = '" + first.slug() + "')")).isEqualTo(1);
    }

    @Test
    void an_article_that_fails_in_the_middle_of_a_batch_is_rejected_alone_and_the_others_are_stored() throws Exception {
        // A real store-time refusal: a constraint on passages, so the source row is written before the failure and
        // must go with it when its savepoint is rolled back.
        database.jdbi().useHandle(h -> h.execute(
                "alter table passage add constraint test_refuses_forbidden check (text not like '%INTERDIT%')"));
        write("a.txt", article("Premier article du lot", "Journal du Niger", null, PROSE, "Un."));
        write("b.txt", article("Article refusé", "Journal du Niger", null, PROSE, "Ce paragraphe est INTERDIT ici."));
        write("c.txt", "");
        write("d.txt", article("Dernier article du lot", "Journal du Niger", null, PROSE.replace("mercredi", "jeudi"), "Trois."));

        ImportSummary summary = importer(database, 100, null).importPaths(List.of(folder), outcome -> { });

        assertThat(summary.outcomes()).extracting(ImportOutcome::kind)
                .containsExactly("imported", "rejected", "rejected", "imported");
        assertThat(((ImportOutcome.Rejected) summary.outcomes().get(1)).reason())
                .startsWith("could not be stored: ").contains("test_refuses_forbidden").doesNotContain("insert into");
        assertThat(((ImportOutcome.Rejected) summary.outcomes().get(2)).reason()).isEqualTo("empty file");
        List<String> titles = database.jdbi().withHandle(h -> h.createQuery("select title from source order by id")
                .mapTo(String.class).list());
        assertThat(titles).containsExactly("Premier article du lot", "Dernier article du lot");
        assertThat(count(database, "select count(*) from source_original")).isEqualTo(2);
        assertThat(count(database, "select count(*) from passage where source_id not in (select id from source)")).isZero();
        // The refused article was rolled back, so the same file imported later (without the constraint) is new.
        database.jdbi().useHandle(h -> h.execute("alter table passage drop constraint test_refuses_forbidden"));
        assertThat(importer(database, 100, null).importFile(folder.resolve("b.txt")).kind()).isEqualTo("imported");
    }

    @Test
    void articles_whose_slugs_would_clash_in_one_batch_get_distinct_slugs() throws Exception {
        write("a.txt", article("Accord signé à Niamey", "Journal du Niger", null, PROSE, "Un."));
        write("b.txt", article("Accord signé hier soir", "Journal du Niger", null, PROSE, "Deux."));
        write("c.txt", article("Accord signé enfin", "Journal du Niger", null, PROSE, "Trois."));

        ImportSummary summary = importer(database, 100, null).importPaths(List.of(folder), outcome -> { });

        assertThat(summary.outcomes()).extracting(o -> ((ImportOutcome.Imported) o).slug()).containsExactly(
                "journal-2025-04-02-accord-signe", "journal-2025-04-02-accord-signe-2", "journal-2025-04-02-accord-signe-3");
    }

    @Test
    void across_batch_boundaries_duplicates_and_versions_are_found_and_progress_comes_once_each_batch_is_committed()
            throws Exception {
        String url = "https://journal-niger.example/accord";
        write("1.txt", article("Accord signé à Niamey", "Journal du Niger", url, PROSE, "Premier état."));
        write("2.txt", article("Un autre sujet", "Journal du Niger", null, PROSE, "Autre."));
        write("3.txt", article("Accord signé à Niamey", "Journal du Niger", url, PROSE, "Premier état."));
        write("4.txt", article("Accord signé à Niamey", "Journal du Niger", url, PROSE, "Second état."));
        write("5.txt", article("Accord signé à Niamey", "Journal du Niger", url, PROSE, "Troisième état."));
        Database other = database;
        List<String> progress = new ArrayList<>();

        ImportSummary summary = importer(database, 2, null).importPaths(List.of(folder), outcome -> {
            // Reported only when final: what it says is already committed, as another connection sees.
            int sources = count(other, "select count(*) from source");
            progress.add(outcome.kind() + " " + sources);
        });

        // Batches {1, 2}, {3, 4}, {5}: each outcome is reported after its batch's commit.
        assertThat(progress).containsExactly("imported 2", "imported 2", "present 3", "imported 3", "imported 4");
        assertThat(summary.outcomes()).filteredOn(o -> o instanceof ImportOutcome.Imported)
                .extracting(o -> ((ImportOutcome.Imported) o).slug()).containsExactly(
                        "journal-2025-04-02-accord-signe", "journal-2025-04-02-autre-sujet",
                        "journal-2025-04-02-accord-signe-v2", "journal-2025-04-02-accord-signe-v3");
    }

    /**
     * Pages of two sites, more than the 20 newest a lookup reads, with lines repeated from page to page, some pages
     * known only by their publisher (written in another case), one refused in the middle.
     */
    private void writeSitePages() throws Exception {
        for (int i = 0; i < 30; i++) {
            String site = i % 3 == 0 ? "autre-journal.example" : "www.journal-segou.example";
            String url = i % 5 == 4 ? null : "https://" + site + "/article-" + i;
            String publisher = i % 2 == 0 ? "Journal de Ségou" : "JOURNAL DE SÉGOU";
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("Nouvelle numéro " + i + " de la ville");
            paragraphs.add(PROSE.replace("mercredi", "le jour " + i));
            // Short lines between paragraphs of prose: what a site's template prints inside its articles.
            paragraphs.add("Les lecteurs en parlent chaque mardi au marché " + (i % 4));
            paragraphs.add(SECOND_PROSE.replace("printemps", "mois " + i));
            // Page 29 has no address, so it is compared with the publisher's 20 newest pages (9 to 28), not with page 5.
            paragraphs.add(i == 13 ? "Ce paragraphe est INTERDIT ici." : i == 5 || i == 29 ? RARE
                    : "Lisez aussi notre dossier numéro " + (i % 6));
            paragraphs.add("Selon un responsable du quartier numéro " + i + ", les habitants attendent depuis longtemps "
                    + "une décision qui changera la vie des familles et des commerçants de toute la région.");
            write(String.format("%02d.txt", i), article("Nouvelle numéro " + i, publisher, url,
                    paragraphs.toArray(String[]::new)));
        }
    }

    /** Title → "passage kind reason" of every passage, for the whole database. */
    private Map<String, List<String>> kindsByTitle(Database on) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        on.jdbi().useHandle(h -> h.createQuery("""
                select s.title, p.text || ' | ' || p.kind || ' ' || p.kind_reason as kind
                from passage p join source s on s.id = p.source_id order by s.title, p.number""")
                .map((rs, ctx) -> kinds.computeIfAbsent(rs.getString("title"), t -> new ArrayList<>()).add(rs.getString("kind")))
                .list());
        return kinds;
    }

    @Test
    void site_template_detection_in_one_batch_sees_exactly_what_one_transaction_per_article_saw() throws Exception {
        writeSitePages();
        String refuse = "alter table passage add constraint test_refuses_forbidden check (text not like '%INTERDIT%')";
        database.jdbi().useHandle(h -> h.execute(refuse));
        Database oneByOne = open();
        oneByOne.jdbi().useHandle(h -> h.execute(refuse));

        ImportSummary batched = importer(database, 100, null).importPaths(List.of(folder), outcome -> { });
        ImportSummary single = importer(oneByOne, 1, null).importPaths(List.of(folder), outcome -> { });

        assertThat(batched.totals()).isEqualTo("29 imported, 0 already present, 1 rejected");
        assertThat(batched.outcomes()).isEqualTo(single.outcomes());
        Map<String, List<String>> kinds = kindsByTitle(database);
        assertThat(kinds).isEqualTo(kindsByTitle(oneByOne));
        // The check is not empty: the repeated lines were recognised as the site's template on later pages.
        assertThat(kinds.values().stream().flatMap(List::stream).filter(k -> k.endsWith("site-template")).count())
                .as(kinds.toString()).isGreaterThan(20);
        assertThat(kinds.get("Nouvelle numéro 1")).noneMatch(k -> k.endsWith("site-template"));
        assertThat(kinds.get("Nouvelle numéro 29")).contains(RARE + " | body heading");
    }
}
