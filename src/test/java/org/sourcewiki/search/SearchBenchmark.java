package org.sourcewiki.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sourcewiki.account.Account;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.db.Database;
import org.sourcewiki.page.EditForm;
import org.sourcewiki.page.PageService;
import org.sourcewiki.seed.Seeds;
import org.sourcewiki.source.ArticleParser;
import org.sourcewiki.source.Importers;
import org.sourcewiki.support.TestDatabase;

/**
 * Search latency at scale, not a test: bench/search.sh runs it. Builds 10,000 sources (about 100,000 passages of
 * French-like text drawn from the seed articles' vocabulary) and 2,000 pages in a fresh database, then times the
 * first page of results with snippets for each query, and prints p50 and p95 per query and overall.
 */
public final class SearchBenchmark {
    private static final int SOURCES = Integer.getInteger("sources", 10_000);
    private static final int PASSAGES_PER_SOURCE = 10;
    private static final int PAGES = Integer.getInteger("pages", 2_000);
    private static final int RUNS = Integer.getInteger("runs", 30);
    private static final List<String> QUERIES = List.of("Goita", "Mali", "coopération militaire", "\"force unifiée\"",
            "nucléaire Rosatom", "Moscou avril 2025", "Wagner -Africa", "zzzz");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        try (Database database = TestDatabase.fresh()) {
            Seeds.importOnFirstStart(database.jdbi(), Importers.create(database, 5L * 1024 * 1024), Path.of("seeds"));
            List<String> words = vocabulary();
            Random random = new Random(42);
            generateSources(database, words, random);
            generatePages(database, words, random);
            database.jdbi().useHandle(h -> h.execute("analyze"));
            int passages = database.jdbi().withHandle(h -> h.createQuery("select count(*) from passage").mapTo(Integer.class).one());
            int pages = database.jdbi().withHandle(h -> h.createQuery("select count(*) from page").mapTo(Integer.class).one());
            System.out.printf(Locale.ROOT, "corpus: %d sources, %d passages, %d pages (built in %.0f s)%n",
                    SOURCES + 5, passages, pages, (System.nanoTime() - started) / 1e9);
            measure(new SearchService(database.jdbi()));
        }
    }

    private static void measure(SearchService search) {
        List<Double> all = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-24s %8s %8s %8s  %s%n", "query", "p50 ms", "p95 ms", "max ms", "passages on page 1");
        for (String query : QUERIES) {
            for (int i = 0; i < 3; i++) {
                search.search(SearchQuery.of(query), true, true, false, 0);
            }
            double[] times = new double[RUNS];
            int hits = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                SearchResults results = search.search(SearchQuery.of(query), true, true, false, 0);
                times[i] = (System.nanoTime() - start) / 1e6;
                hits = results.passages().size();
                all.add(times[i]);
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%-24s %8.1f %8.1f %8.1f  %d%n", query, percentile(times, 50), percentile(times, 95),
                    times[times.length - 1], hits);
        }
        double[] overall = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-24s %8.1f %8.1f %8.1f  (%d searches)%n", "overall", percentile(overall, 50),
                percentile(overall, 95), overall[overall.length - 1], overall.length);
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** Every word of the seed articles, with their frequencies, so common words stay common. */
    private static List<String> vocabulary() throws Exception {
        List<String> words = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds/sources"))) {
            for (Path file : files.sorted().toList()) {
                for (String word : Files.readString(file, StandardCharsets.UTF_8).split("[\\s«»“”\"()\\[\\]:;,.!?]+")) {
                    if (word.length() > 1 && !word.startsWith("---") && !word.contains("_")) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }

    private static String sentence(List<String> words, Random random, int length) {
        StringBuilder text = new StringBuilder();
        int at = random.nextInt(words.size());
        for (int i = 0; i < length; i++) {
            // Mostly runs of consecutive words, as they stood, so phrases like "force unifiée" occur naturally.
            at = random.nextInt(6) == 0 ? random.nextInt(words.size()) : (at + 1) % words.size();
            text.append(i == 0 ? "" : " ").append(words.get(at));
        }
        return text.append('.').toString();
    }

    private static void generateSources(Database database, List<String> words, Random random) {
        database.jdbi().useHandle(handle -> {
            for (int batch = 0; batch < SOURCES; batch += 500) {
                int end = Math.min(SOURCES, batch + 500);
                int from = batch;
                handle.useTransaction(h -> {
                    for (int s = from; s < end; s++) {
                        insertSource(h, words, random, s);
                    }
                });
                if ((end % 2000) == 0) {
                    System.out.printf(Locale.ROOT, "  %d sources…%n", end);
                }
            }
        });
    }

    private static void insertSource(org.jdbi.v3.core.Handle handle, List<String> words, Random random, int index) {
        List<String> texts = new ArrayList<>();
        for (int p = 0; p < PASSAGES_PER_SOURCE; p++) {
            texts.add(sentence(words, random, 20 + random.nextInt(50)));
        }
        String stored = String.join("\n\n", texts);
        long id = handle.createQuery("""
                insert into source (slug, title, language, original_sha256, text_sha256, original_encoding, stored_text)
                values (:slug, :title, 'fr', :digest, :digest, 'UTF-8', :text) returning id
                """).bind("slug", "bench-" + index).bind("title", "Article " + index + " : " + texts.get(0).substring(0, Math.min(60, texts.get(0).length())))
                .bind("digest", ArticleParser.sha256(("bench" + index + stored).getBytes(StandardCharsets.UTF_8)))
                .bind("text", stored).mapTo(Long.class).one();
        PreparedBatch passages = handle.prepareBatch("""
                insert into passage (source_id, number, form, kind, kind_reason, start_offset, end_offset, text, search_config, search)
                values (:source, :number, 'paragraph', :kind, 'benchmark', :start, :end, :text, 'sw_french', to_tsvector('sw_french', :text))
                """);
        int offset = 0;
        for (int p = 0; p < texts.size(); p++) {
            String text = texts.get(p);
            int length = text.codePointCount(0, text.length());
            passages.bind("source", id).bind("number", p + 1).bind("kind", p == texts.size() - 1 ? "boilerplate" : "body")
                    .bind("start", offset).bind("end", offset + length).bind("text", text).add();
            offset += length + 2;
        }
        passages.execute();
    }

    private static void generatePages(Database database, List<String> words, Random random) {
        Account author = new AccountService(database.jdbi()).create("bench", "benchmark password", "editor");
        PageService pages = new PageService(database.jdbi());
        // Aliases are names, one or two per page, as editors write them; and one page is called Mali, so that a
        // search for "Mali" also goes through the expansion to a page's other names.
        Map<String, String> mali = new LinkedHashMap<>();
        mali.put("aliases", "République du Mali\nMali (État)");
        pages.save(author, "Mali", new EditForm("Mali", "actor", "État du Sahel, membre de l’AES.", "", "", mali));
        for (int i = 0; i < PAGES; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("aliases", "Nom " + i + "\nAutre nom " + i);
            String body = sentence(words, random, 40) + "\n\n" + sentence(words, random, 60);
            pages.save(author, "Page_" + i, new EditForm("Page " + i + " " + words.get(random.nextInt(words.size())).replaceAll("[/?#%;\\\\<>\\[\\]{}|]", ""),
                    i % 3 == 0 ? "actor" : "topic", body, "", "", fields));
        }
    }
}
