package org.sourcewiki.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sourcewiki.account.Account;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.db.Database;
import org.sourcewiki.page.EditForm;
import org.sourcewiki.page.PageService;
import org.sourcewiki.seed.Seeds;
import org.sourcewiki.source.ArticleParser;
import org.sourcewiki.source.Importers;

/**
 * Speed and scale benchmark, not a test: bench/speed.sh runs it. Builds the wiki of issue 14 on an embedded
 * PostgreSQL of its own (10,000 sources of 10 passages, 2,000 pages of about 4 KB with 10 links and 5 citations,
 * 50,000 revisions of which 5,000 on one page, and a page of 5), starts the real jar on it, and measures with wrk
 * at 1, 8 and 32 connections each route a reader uses, next to a bare Javalin "hello" (HelloServer, its own JVM,
 * same heap) measured in the same run; then import throughput, start-up time and heap. Every figure is printed
 * with its ratio to hello, and the table is written to target/bench/speed-{UTC time}.md.
 *
 * <p>System properties: scale (1.0 is the issue's size; 0.1 for a quick run), seconds (per wrk run, default 5),
 * heap (the -Xmx given to both JVMs, default 256m), port (default 7104; hello uses port + 1), skipImport,
 * skipStart (true to leave those parts out), onlyImport, onlyStart (true to measure only that part, without building
 * the wiki or measuring the routes: {@code bench/speed.sh -DonlyImport=true}), importJfr (a file name: record the
 * import's JVM with JFR's profile settings into it).
 */
public final class SpeedBench {
    private static final double SCALE = Double.parseDouble(System.getProperty("scale", "1.0"));
    private static final int SECONDS = Integer.getInteger("seconds", 5);
    private static final String HEAP = System.getProperty("heap", "256m");
    private static final int PORT = Integer.getInteger("port", 7104);
    /** Measure only the import of generated articles, or only the start-up times, without building the big wiki. */
    private static final boolean ONLY_IMPORT = Boolean.getBoolean("onlyImport");
    private static final boolean ONLY_START = Boolean.getBoolean("onlyStart");
    private static final int[] CONNECTIONS = {1, 8, 32};
    private static final String PASSWORD = "benchmark password";

    private final Path work;
    private final Path jar = Path.of("target/sourcewiki.jar").toAbsolutePath();
    private final List<String> lines = new ArrayList<>();
    private final Map<Integer, Double> helloRate = new LinkedHashMap<>();
    private EmbeddedPostgres postgres;

    private SpeedBench(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target/bench/work").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        new SpeedBench(work).run();
        System.exit(0);
    }

    private void run() throws Exception {
        out("# Sourcewiki speed benchmark, " + Instant.now());
        out("");
        out("scale " + SCALE + ", " + SECONDS + " s per wrk run, -Xmx" + HEAP + ", " + Runtime.getRuntime().availableProcessors()
                + " cores; load before: " + uptime());
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100").setRegisterShutdownHook(true).start();
        if (!ONLY_IMPORT && !ONLY_START) {
            measureRoutes();
        }
        try {
            if (!Boolean.getBoolean("skipImport") && !ONLY_START) {
                importThroughput();
            }
            if (!Boolean.getBoolean("skipStart") && !ONLY_IMPORT) {
                startTimes();
            }
        } catch (Exception e) {
            out("FAILED: " + e);
        }
        out("");
        out("load after: " + uptime());
        Path report = Path.of("target/bench/speed-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.write(report, lines, StandardCharsets.UTF_8);
        Files.write(Path.of("target/bench/speed-latest.md"), lines, StandardCharsets.UTF_8);
        System.out.println("Written to " + report);
        postgres.close();
    }


    /** The wiki, the bare hello and every route of the issue with wrk (the big part of a run). */
    private void measureRoutes() throws Exception {
        String url = createDatabase("bench");
        long built = System.nanoTime();
        Wiki wiki = build(url);
        out(String.format(Locale.ROOT, "corpus: %,d sources, %,d passages, %,d pages, %,d revisions (built in %.0f s)",
                wiki.sources, wiki.passages, wiki.pages, wiki.revisions, (System.nanoTime() - built) / 1e9));

        Process hello = javaProcess(List.of("-cp", System.getProperty("java.class.path"), HelloServer.class.getName(),
                String.valueOf(PORT + 1)), Map.of(), work.resolve("hello.log"));
        Process server = null;
        try {
            waitFor("http://127.0.0.1:" + (PORT + 1) + "/hello", hello, 60);
            server = javaProcess(List.of("-jar", jar.toString()), Map.of("DATABASE_URL", url, "DATABASE_USER", "postgres",
                    "PORT", String.valueOf(PORT), "SEEDS_DIR", work.resolve("no-seeds").toString()), work.resolve("server.log"));
            waitFor(base() + "/", server, 120);
            String cookie = signIn();
            // A fresh JVM compiles as it goes: warm both servers up on the common path before the first row.
            wrk("http://127.0.0.1:" + (PORT + 1) + "/hello", 8, null, 10);
            wrk(base() + "/wiki/Page_5", 8, null, 10);
            wrk(base() + "/wiki/Page_5", 8, cookie, 5);
            out("");
            out("| route | c | req/s | ratio to hello | p50 ms | p99 ms | errors |");
            out("|---|---|---|---|---|---|---|");
            wrk("http://127.0.0.1:" + (PORT + 1) + "/hello", 8, null, Math.max(2, SECONDS / 2));
            for (int c : CONNECTIONS) {
                Wrk result = wrk("http://127.0.0.1:" + (PORT + 1) + "/hello", c, null, SECONDS);
                helloRate.put(c, result.rate);
                row("bare Javalin hello", c, result);
            }
            Map<String, String> routes = new LinkedHashMap<>();
            routes.put("page view, anonymous", "/wiki/Page_5");
            routes.put("page view, signed in", "/wiki/Page_5");
            routes.put("revision permalink (old)", "/wiki/Page_5?rev=" + wiki.oldRevisionOfPage5);
            List<Long> bigIds = wiki.bigIds();
            String big = String.format(Locale.ROOT, "%,d-rev page", bigIds.size());
            int middle = bigIds.size() / 4;
            int apart = Math.min(1000, bigIds.size() / 2);
            routes.put("history, " + big + ", first", "/wiki/Page_0/history");
            routes.put("history, " + big + ", deep (" + (bigIds.size() - 100) + " newer)", "/wiki/Page_0/history?before=" + bigIds.get(100));
            routes.put("history, " + wiki.smallIds().size() + "-rev page", "/wiki/Page_1/history");
            // 50 revisions shown, as on the big page's first page: the same work, whatever the history's length.
            routes.put("history, 60-rev page", "/wiki/Page_2/history");
            routes.put("diff, neighbours (" + big + ")", "/wiki/Page_0/diff?from=" + bigIds.get(middle) + "&to=" + bigIds.get(middle + 1));
            routes.put(String.format(Locale.ROOT, "diff, %,d apart (%s)", apart, big),
                    "/wiki/Page_0/diff?from=" + bigIds.get(middle) + "&to=" + bigIds.get(middle + apart));
            routes.put("diff, neighbours (" + wiki.smallIds().size() + "-rev page)",
                    "/wiki/Page_1/diff?from=" + wiki.smallIds().get(2) + "&to=" + wiki.smallIds().get(3));
            routes.put("search", "/search?q=" + URLEncoder.encode("coopération militaire", StandardCharsets.UTF_8));
            routes.put("source page", "/sources/bench-17");
            routes.put("/api/pages/{slug}", "/api/pages/Page_5");
            // The same routes with a query parameter no route reads, different on every request: each one misses the
            // response cache, so these rows are the cost of making the answer (what history and diff cost by size).
            for (String name : List.copyOf(routes.keySet())) {
                if (name.startsWith("page view, anonymous") || name.startsWith("history") || name.startsWith("diff")
                        || name.startsWith("revision")) {
                    routes.put(name + ", uncached", "!" + routes.get(name));
                }
            }
            for (var route : routes.entrySet()) {
                String cookieOfRoute = route.getKey().contains("signed in") ? cookie : null;
                // JIT warm-up, not counted
                wrk(base() + route.getValue(), 8, cookieOfRoute, Math.max(2, SECONDS / 2));
                for (int c : CONNECTIONS) {
                    row(route.getKey(), c, wrk(base() + route.getValue(), c, cookieOfRoute, SECONDS));
                }
            }
            out("");
            out("Server process after the runs: " + memory(server.pid()));
            run(List.of("jcmd", String.valueOf(server.pid()), "GC.run"));
            out("Heap after a full GC (jcmd GC.heap_info): " + heapInfo(server.pid()));
            out("Hello process: " + memory(hello.pid()));
        } finally {
            stop(server);
            stop(hello);
        }
    }

    // ---- the wiki

    /** bigIds and smallIds: the revisions of the 5,000-revision page and of the 5-revision page, oldest first. */
    private record Wiki(int sources, int passages, int pages, int revisions, List<Long> bigIds, List<Long> smallIds,
                        long oldRevisionOfPage5) {
    }

    private Wiki build(String url) throws Exception {
        try (Database database = Database.connect(url, "postgres", null, null)) {
            database.migrate();
            Seeds.importOnFirstStart(database.jdbi(), Importers.create(database, 5L * 1024 * 1024), Path.of("seeds"));
            List<String> words = vocabulary();
            Random random = new Random(42);
            int sources = (int) Math.round(10_000 * SCALE);
            database.jdbi().useHandle(handle -> {
                for (int from = 0; from < sources; from += 500) {
                    int start = from;
                    int end = Math.min(sources, from + 500);
                    handle.useTransaction(h -> {
                        for (int s = start; s < end; s++) {
                            insertSource(h, words, random, s);
                        }
                    });
                }
            });
            List<String> citable = database.jdbi().withHandle(h -> h.createQuery("""
                    select s.slug || '#p' || p.number from passage p join source s on s.id = p.source_id
                    where p.kind = 'body' and s.slug not like 'bench-%' order by s.slug, p.number
                    """).mapTo(String.class).list());
            Account author = new AccountService(database.jdbi()).create("bench", PASSWORD, "editor");
            PageService pageService = new PageService(database.jdbi());
            int pages = Math.max(20, (int) Math.round(2_000 * SCALE));
            for (int i = 0; i < pages; i++) {
                StringBuilder body = new StringBuilder();
                for (int paragraph = 0; paragraph < 10; paragraph++) {
                    body.append(sentence(words, random, 50));
                    int link = random.nextInt(pages * 2);
                    // Half the links lead nowhere yet: red links are part of every view.
                    body.append(link < pages ? " [[Page " + link + "]]" : " [[Absent " + link + "]]");
                    if (paragraph % 2 == 0) {
                        body.append(" [@").append(citable.get(random.nextInt(citable.size()))).append(']');
                    }
                    body.append("\n\n");
                }
                Map<String, String> fields = new LinkedHashMap<>();
                String kind = i % 3 == 0 ? "actor" : i % 3 == 1 ? "agreement" : "topic";
                if (kind.equals("actor")) {
                    fields.put("subtype", "person");
                    fields.put("aliases", "Nom " + i);
                } else if (kind.equals("agreement")) {
                    fields.put("parties", "Page " + random.nextInt(pages) + "\nAbsent " + i);
                }
                var outcome = pageService.save(author, "Page_" + i, new EditForm("Page " + i, kind, body.toString(), "", "", fields));
                if (!(outcome instanceof org.sourcewiki.page.SaveOutcome.Saved)) {
                    throw new IllegalStateException("page " + i + " not saved: " + outcome);
                }
            }
            // More revisions by SQL (the same text plus a line, the same citations): the big page gets 5,000 in all,
            // Page_1 gets 5, Page_2 60 (a history page as full as the big page's, to compare like with like), the
            // others share the rest of 50,000.
            int totalRevisions = (int) Math.round(50_000 * SCALE);
            int big = Math.max(50, (int) Math.round(5_000 * SCALE));
            int each = Math.max(1, (totalRevisions - big - 5 - 60 - pages) / Math.max(1, pages - 3));
            database.jdbi().useTransaction(h -> {
                h.execute("""
                        create temporary table extra as
                        select p.id as page_id, p.current_revision_id as cur, n,
                               sum(n) over (order by p.id) - n as offset_before
                        from (select id, current_revision_id,
                                     case slug when 'Page_0' then ? when 'Page_1' then 4 when 'Page_2' then 59 else ? end as n
                              from page where slug like 'Page\\_%') p(id, current_revision_id, n)
                        """, big - 1, each);
                long baseId = h.createQuery("select max(id) from revision").mapTo(Long.class).one();
                h.execute("""
                        insert into revision (id, page_id, parent_id, author_id, created_at, summary, title, kind, fields, body, size)
                        overriding system value
                        select ? + e.offset_before + g, e.page_id,
                               case when g = 1 then e.cur else ? + e.offset_before + g - 1 end,
                               r.author_id, r.created_at + g * interval '1 minute', 'edit ' || g, r.title, r.kind, r.fields,
                               r.body || E'\\n\\nÉdition ' || g || '.', r.size + 12
                        from extra e join revision r on r.id = e.cur cross join lateral generate_series(1, e.n) g
                        """, baseId, baseId);
                h.execute("""
                        insert into citation (revision_id, ordinal, source_id, source_text_sha256, passage_number, quote,
                                              exact, prefix, suffix, start_offset, end_offset)
                        select ? + e.offset_before + g, c.ordinal, c.source_id, c.source_text_sha256, c.passage_number, c.quote,
                               c.exact, c.prefix, c.suffix, c.start_offset, c.end_offset
                        from extra e join citation c on c.revision_id = e.cur cross join lateral generate_series(1, e.n) g
                        """, baseId);
                h.execute("update page p set current_revision_id = ? + e.offset_before + e.n from extra e where e.page_id = p.id", baseId);
                h.execute("select setval(pg_get_serial_sequence('revision', 'id'), (select max(id) from revision))");
            });
            database.jdbi().useHandle(h -> h.execute("vacuum analyze"));
            return database.jdbi().withHandle(h -> new Wiki(
                    h.createQuery("select count(*) from source").mapTo(Integer.class).one(),
                    h.createQuery("select count(*) from passage").mapTo(Integer.class).one(),
                    h.createQuery("select count(*) from page").mapTo(Integer.class).one(),
                    h.createQuery("select count(*) from revision").mapTo(Integer.class).one(),
                    h.createQuery("select r.id from revision r join page p on p.id = r.page_id where p.slug = 'Page_0' order by r.id").mapTo(Long.class).list(),
                    h.createQuery("select r.id from revision r join page p on p.id = r.page_id where p.slug = 'Page_1' order by r.id").mapTo(Long.class).list(),
                    h.createQuery("select min(r.id) from revision r join page p on p.id = r.page_id where p.slug = 'Page_5'").mapTo(Long.class).one()));
        }
    }

    private static void insertSource(Handle handle, List<String> words, Random random, int index) {
        List<String> texts = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            texts.add(sentence(words, random, 20 + random.nextInt(50)));
        }
        String stored = String.join("\n\n", texts);
        long id = handle.createQuery("""
                insert into source (slug, title, language, original_sha256, text_sha256, original_encoding, stored_text)
                values (:slug, :title, 'fr', :digest, :digest, 'UTF-8', :text) returning id
                """).bind("slug", "bench-" + index).bind("title", "Article " + index)
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

    /** Every word of the seed articles, with their frequencies, so common words stay common. */
    private static List<String> vocabulary() throws IOException {
        List<String> words = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds/sources"))) {
            for (Path file : files.sorted().toList()) {
                for (String word : Files.readString(file, StandardCharsets.UTF_8).split("[\\s«»“”\"()\\[\\]:;,.!?@#]+")) {
                    if (word.length() > 1 && !word.startsWith("---") && !word.contains("_") && !word.contains("[")) {
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
            at = random.nextInt(6) == 0 ? random.nextInt(words.size()) : (at + 1) % words.size();
            text.append(i == 0 ? "" : " ").append(words.get(at));
        }
        return text.append('.').toString();
    }

    // ---- import, start-up

    private void importThroughput() throws Exception {
        int articles = (int) Math.round(10_000 * SCALE);
        Path folder = work.resolve("articles");
        Files.createDirectories(folder);
        List<String> words = vocabulary();
        Random random = new Random(7);
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder("---\ntitle: Article importé " + i + "\npublisher: Banc d'essai\nauthor:\ndate: 2025-04-0"
                    + (1 + i % 9) + "\nlanguage: fr\nurl:\n---\n");
            for (int p = 0; p < 10; p++) {
                text.append(sentence(words, random, 20 + random.nextInt(50))).append(" (").append(i).append('.').append(p).append(")\n\n");
            }
            Files.writeString(folder.resolve("a" + i + ".txt"), text, StandardCharsets.UTF_8);
        }
        String url = createDatabase("import");
        try (Database database = Database.connect(url, "postgres", null, null)) {
            database.migrate();
        }
        Path gcLog = work.resolve("import-gc.log");
        long start = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of("-Xlog:gc:file=" + gcLog));
        String recording = System.getProperty("importJfr");
        if (recording != null) {
            arguments.add("-XX:StartFlightRecording=filename=" + Path.of(recording).toAbsolutePath() + ",settings=profile");
        }
        arguments.addAll(List.of("-jar", jar.toString(), "import", folder.toString()));
        Process importer = javaProcess(arguments,
                Map.of("DATABASE_URL", url, "DATABASE_USER", "postgres"), work.resolve("import.log"));
        long peakRss = 0;
        while (!importer.waitFor(200, TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, rssKiB(importer.pid()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out("");
        out(String.format(Locale.ROOT, "Import of %,d articles (`import FOLDER`, own JVM, -Xmx%s): %.1f s, %.0f articles/s, exit %d, "
                        + "peak RSS %.0f MiB, peak heap before GC %s",
                articles, HEAP, seconds, articles / seconds, importer.exitValue(), peakRss / 1024.0, peakHeap(gcLog)));
    }

    private void startTimes() throws Exception {
        Path data = Path.of("/tmp/speed-start-" + ProcessHandle.current().pid());
        deleteTree(data);
        try {
            out("");
            for (String label : List.of("fresh data folder (initdb, migrations, seeds)", "warm data folder")) {
                long start = System.nanoTime();
                Process server = javaProcess(List.of("-jar", jar.toString()), Map.of("DATA_DIR", data.toString(),
                        "PORT", String.valueOf(PORT + 2)), work.resolve("start.log"));
                try {
                    waitFor("http://127.0.0.1:" + (PORT + 2) + "/wiki/Assimi_Go%C3%AFta", server, 180);
                    out(String.format(Locale.ROOT, "Start to first page, %s: %.1f s", label, (System.nanoTime() - start) / 1e9));
                } finally {
                    stop(server);
                }
            }
        } finally {
            deleteTree(data);
        }
    }

    // ---- measuring

    private record Wrk(double rate, double p50, double p99, long errors) {
    }

    private Wrk wrk(String url, int connections, String cookie, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(connections, 2), "-c" + connections,
                "-d" + seconds + "s", "--latency", "-H", "Accept-Language: en", "-H", "Accept-Encoding: gzip"));
        int bang = url.indexOf('!');
        if (bang >= 0) {
            url = url.substring(0, bang) + url.substring(bang + 1);
            Path script = work.resolve("uncached.lua");
            Files.writeString(script, """
                    request = function()
                      local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
                      return wrk.format(nil, wrk.path .. sep .. "uncached=" .. math.random(1, 1000000000))
                    end
                    """);
            command.addAll(List.of("-s", script.toString()));
        }
        if (cookie != null) {
            command.addAll(List.of("-H", "Cookie: " + cookie));
        }
        command.add(url);
        String output = run(command);
        double rate = number(output, "Requests/sec:\\s+([\\d.]+)");
        long errors = (long) number(output, "Non-2xx or 3xx responses:\\s+(\\d+)") + (long) number(output, "Socket errors:.*?timeout (\\d+)");
        return new Wrk(rate, millis(output, "50%"), millis(output, "99%"), errors);
    }

    private static double millis(String output, String percentile) {
        Matcher m = Pattern.compile(" " + percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static double number(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private void row(String route, int c, Wrk result) {
        double ratio = result.rate / helloRate.getOrDefault(c, result.rate);
        out(String.format(Locale.ROOT, "| %s | %d | %,.0f | %.1f%% | %.2f | %.2f | %d |", route, c, result.rate, 100 * ratio,
                result.p50, result.p99, result.errors));
    }

    private String signIn() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("sw_csrf")).findFirst()
                .map(HttpCookie::getValue).orElseThrow();
        String form = "username=bench&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf + "&next=/";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 303 && response.statusCode() != 302) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode());
        }
        StringBuilder header = new StringBuilder();
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            header.append(header.length() == 0 ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        return header.toString();
    }

    private String memory(long pid) {
        return String.format(Locale.ROOT, "RSS %.0f MiB; %s", rssKiB(pid) / 1024.0, heapInfo(pid));
    }

    private static String heapInfo(long pid) {
        try {
            String info = run(List.of("jcmd", String.valueOf(pid), "GC.heap_info"));
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
            return m.find() ? String.format(Locale.ROOT, "heap committed %d MiB, used %d MiB", Long.parseLong(m.group(1)) / 1024,
                    Long.parseLong(m.group(2)) / 1024) : info.strip();
        } catch (Exception e) {
            return "heap unknown (" + e.getMessage() + ")";
        }
    }

    private static long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process has ended
        }
        return 0;
    }

    /** The largest heap occupancy before a collection in a -Xlog:gc file ("... 120M->30M(256M) ..."). */
    private static String peakHeap(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return "unknown";
        }
        long peak = 0;
        int collections = 0;
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(Files.readString(gcLog));
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
            collections++;
        }
        return peak + " MiB (" + collections + " collections)";
    }

    private static String uptime() {
        try {
            return run(List.of("uptime")).strip().replaceAll(".*load", "load");
        } catch (Exception e) {
            return "unknown";
        }
    }

    // ---- processes

    private Process javaProcess(List<String> arguments, Map<String, String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void waitFor(String url, Process process, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("process ended with " + process.exitValue() + " before " + url + " answered");
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(url + " did not answer within " + seconds + " s");
    }

    private static void stop(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private String createDatabase(String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    private String base() {
        return "http://127.0.0.1:" + PORT;
    }

    private void out(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
