package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewiki.db.Database;
import org.sourcewiki.support.TestDatabase;

class SourceImporterTest {
    private static final Path SEEDS = Path.of("seeds/sources");
    private Database database;
    private SourceImporter importer;
    private final ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));

    @TempDir
    Path folder;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.fresh();
        importer = new SourceImporter(database.jdbi(), parser, 5L * 1024 * 1024);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private int count(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }

    @Test
    void the_seed_folder_imports_five_sources_and_a_second_import_finds_them_present() {
        ImportSummary first = importer.importPaths(List.of(SEEDS), outcome -> { });
        assertThat(first.totals()).isEqualTo("5 imported, 0 already present, 0 rejected");
        int passages = count("passage");
        assertThat(passages).isGreaterThan(100);

        ImportSummary second = importer.importPaths(List.of(SEEDS), outcome -> { });
        assertThat(second.totals()).isEqualTo("0 imported, 5 already present, 0 rejected");
        assertThat(count("source")).isEqualTo(5);
        assertThat(count("passage")).isEqualTo(passages);
    }

    @Test
    void the_same_article_in_windows_1252_without_header_is_already_present() throws Exception {
        importer.importFile(SEEDS.resolve("000_00b142498f9a0335.txt"));
        String stored = database.jdbi().withHandle(h -> h.createQuery("select stored_text from source").mapTo(String.class).one());
        Path legacy = folder.resolve("bamada-cp1252.txt");
        Files.write(legacy, stored.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252")));

        ImportOutcome outcome = importer.importFile(legacy);

        assertThat(outcome).isInstanceOf(ImportOutcome.AlreadyPresent.class);
        assertThat(count("source")).isEqualTo(1);
    }

    @Test
    void a_latin1_article_is_stored_with_its_accents_right() throws Exception {
        Path latin1 = folder.resolve("latin1.txt");
        String text = "Le président de la Transition a reçu à Koulouba la délégation.\n\nDeuxième paragraphe, très français.";
        Files.write(latin1, text.getBytes(StandardCharsets.ISO_8859_1));

        ImportOutcome outcome = importer.importFile(latin1);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        String stored = database.jdbi().withHandle(h -> h.createQuery("select stored_text from source").mapTo(String.class).one());
        assertThat(stored).isEqualTo(text);
        String encoding = database.jdbi().withHandle(h -> h.createQuery("select original_encoding from source").mapTo(String.class).one());
        assertThat(encoding).isEqualTo("ISO-8859-1");
    }

    @Test
    void refused_files_write_nothing_and_say_why() throws Exception {
        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
        Path blank = Files.write(folder.resolve("blank.txt"), "\u00A0 \n\t\u2003".getBytes(StandardCharsets.UTF_8));
        Path binary = Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        Path big = Files.write(folder.resolve("big.txt"), "Un paragraphe. ".repeat(1000).getBytes(StandardCharsets.UTF_8));
        Path notAnArticle = Files.write(folder.resolve("photo.jpg"), "foo".getBytes(StandardCharsets.UTF_8));
        SourceImporter small = new SourceImporter(database.jdbi(), parser, 1000);

        assertThat(reason(importer.importFile(empty))).isEqualTo("empty file");
        assertThat(reason(importer.importFile(blank))).contains("only white space");
        assertThat(reason(importer.importFile(binary))).contains("JPEG image");
        assertThat(reason(small.importFile(big))).contains("too large").contains("1000-byte");
        assertThat(reason(importer.importFile(folder))).isEqualTo("not a regular file");
        // Named by itself, a file of another kind gets the folder walk's reason, as a refusal.
        assertThat(reason(importer.importFile(notAnArticle))).isEqualTo("not an article file (jpg)");
        assertThat(reason(importer.importFile(folder.resolve("missing.txt")))).isEqualTo("no such file");
        assertThat(count("source")).isZero();
        assertThat(count("passage")).isZero();
    }

    @Test
    void the_size_limit_stops_reading_without_loading_the_whole_stream() {
        long[] served = {0};
        var endless = new java.io.InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }
        };
        SourceImporter small = new SourceImporter(database.jdbi(), parser, 10_000);
        ImportOutcome outcome = small.importStream("endless", "endless", endless);
        assertThat(reason(outcome)).contains("too large");
        assertThat(served[0]).isLessThan(200_000);
    }

    @Test
    void a_failure_while_writing_passages_leaves_no_half_written_source() throws Exception {
        ParsedArticle good = parser.parse("x.txt", "Premier.\n\nSecond.".getBytes(StandardCharsets.UTF_8));
        List<NewPassage> broken = new ArrayList<>(good.passages());
        broken.add(new NewPassage(3, PassageForm.PARAGRAPH, PassageKind.BODY, "article", 5, 5, "")); // end == start: refused
        ParsedArticle article = new ParsedArticle(good.fileName(), good.title(), false, null, null, null, "fr", null,
                good.originalSha256(), good.textSha256(), good.originalEncoding(), good.storedText(), broken);

        // Refused by the database at store time: the article is rejected with the database's reason, nothing kept.
        assertThat(reason(importer.store("x.txt", article))).startsWith("could not be stored: ").contains("passage");
        assertThat(count("source")).isZero();
        assertThat(count("passage")).isZero();
    }

    @Test
    void parallel_imports_of_one_article_store_it_once() throws Exception {
        byte[] bytes = Files.readAllBytes(SEEDS.resolve("003_bd3f7ee6ff663ce4.txt"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<ImportOutcome>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> importer.importStream("same", "same.txt", new ByteArrayInputStream(bytes)));
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Future<ImportOutcome> future : pool.invokeAll(tasks)) {
            outcomes.add(future.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(o -> o instanceof ImportOutcome.Imported).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ImportOutcome.AlreadyPresent).hasSize(7);
        assertThat(count("source")).isEqualTo(1);
    }

    @Test
    void stored_text_and_passage_spans_cannot_be_changed_afterwards() {
        importer.importFile(SEEDS.resolve("001_f38533d8ee72d9d2.txt"));
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("update source set stored_text = 'x'")))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("update passage set start_offset = start_offset + 1")))
                .hasMessageContaining("immutable");
        database.jdbi().useHandle(h -> h.execute("update passage set kind = 'body', kind_reason = 'editor' where number = 1"));
    }

    private static String reason(ImportOutcome outcome) {
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        return ((ImportOutcome.Rejected) outcome).reason();
    }

    @Test
    void a_folder_import_lists_what_it_skipped_and_why() throws Exception {
        Path folder = Files.createDirectories(this.folder.resolve("articles"));
        Files.writeString(folder.resolve("article.txt"), "Le Mali et la Russie.\n\nUn accord est signé à Bamako.");
        Files.writeString(folder.resolve(".DS_Store"), "junk");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git").resolve("config"), "junk");
        Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        Path outside = Files.writeString(this.folder.resolve("secret.txt"), "Un fichier hors du dossier importé.");
        Files.createSymbolicLink(folder.resolve("secret.txt"), outside);
        Files.createSymbolicLink(folder.resolve("gone.txt"), this.folder.resolve("deleted.txt")); // a broken link

        ImportSummary summary = importer.importPaths(List.of(folder), outcome -> { });

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(5);
        assertThat(summary.outcomes()).filteredOn(o -> o instanceof ImportOutcome.Skipped)
                .extracting(o -> ((ImportOutcome.Skipped) o).reason())
                .containsExactlyInAnyOrder("hidden file", "in a hidden folder", "not an article file (jpg)",
                        "a link to a file outside the folder (name the file itself to import it)",
                        "a broken link: the file it names does not exist");
        assertThat(summary.totals()).isEqualTo("1 imported, 0 already present, 0 rejected, 5 skipped");
    }

    private static String sitePage(String headline, String url, String first, String second) {
        return "---\ntitle: " + headline + "\nurl: " + url + "\nlanguage: fr\n---\n" + headline + "\n\n" + first
                + "\n\nLes lecteurs du Journal de Ségou en parlent chaque mardi au marché\n\n" + second + "\n";
    }

    @Test
    void a_block_the_same_site_printed_on_a_page_imported_before_is_boilerplate_on_the_next() throws Exception {
        String prose = "Le conseil municipal a adopté mardi soir le budget de l’année prochaine, qui prévoit la rénovation "
                + "de deux écoles et la construction d’un nouveau marché couvert dans le quartier nord de la ville.";
        String prose2 = "Les travaux commenceront au printemps et dureront dix-huit mois, selon l’adjoint chargé des "
                + "finances, qui a promis de consulter les commerçants avant de fixer les loyers des étals.";
        String repeated = "Les lecteurs du Journal de Ségou en parlent chaque mardi au marché";
        Path first = Files.writeString(folder.resolve("a.txt"), sitePage("Budget voté à Ségou",
                "https://www.journal-segou.example/budget", prose, prose2));
        Path second = Files.writeString(folder.resolve("b.txt"), sitePage("Un nouveau pont à Ségou",
                "https://journal-segou.example/pont", prose2.replace("travaux", "chantiers"), prose.replace("budget", "plan")));
        Path otherSite = Files.writeString(folder.resolve("c.txt"), sitePage("Un marché à Kayes",
                "https://autre-journal.example/marche", prose.replace("budget", "projet"), prose2.replace("mois", "semaines")));
        importer.importPaths(List.of(first, second, otherSite), outcome -> { });
        // No rule names the line: on the site's first page it is body ...
        assertThat(kinds("Budget voté à Ségou").get(repeated)).startsWith("body");
        // ... on the next page of the same site (www. or not) it is the site's template ...
        Map<String, String> next = kinds("Un nouveau pont à Ségou");
        assertThat(next).containsEntry(repeated, "boilerplate site-template");
        assertThat(next.get("Un nouveau pont à Ségou")).startsWith("body");
        assertThat(next.values().stream().filter(kind -> kind.startsWith("body"))).hasSize(3);
        // ... and another site is not compared with it.
        assertThat(kinds("Un marché à Kayes").get(repeated)).startsWith("body");
    }

    /** Passage text → "kind reason" for the source with that title. */
    private Map<String, String> kinds(String title) {
        Map<String, String> kinds = new LinkedHashMap<>();
        database.jdbi().withHandle(h -> h.createQuery("""
                select p.text, p.kind || ' ' || p.kind_reason as kind from passage p join source s on s.id = p.source_id
                where s.title = :title order by p.number""").bind("title", title)
                .map((rs, ctx) -> kinds.put(rs.getString("text"), rs.getString("kind"))).list());
        return kinds;
    }
}
