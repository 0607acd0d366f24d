package org.sourcewiki.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.db.Database;

/**
 * The soak and fault harness of the reliability issue, not a test: bench/soak.sh runs it. It starts a PostgreSQL of
 * its own (so it can stop it) and the real wiki as a separate process (so it can kill it), then:
 * <ol>
 *   <li>soak: E editors × S saves on one page (half each on their own paragraph, half on the same line) plus
 *       readers; counts accepted, conflicts, 5xx and lost saves, checks the revision chain in the database, and
 *       prints p50/p99 of saves and reads;</li>
 *   <li>outage: PostgreSQL stopped for 10 s under load; 503s counted apart from 500s, recovery time printed;</li>
 *   <li>kill -9 of the server in the middle of saves, then a restart: every save answered 303 is there;</li>
 *   <li>kill -9 of an import in the middle: no source without passages; the import run again completes.</li>
 * </ol>
 * Every save carries a unique token, so "lost" means: answered 303, yet in no revision. Sizes: -Deditors=32
 * -Dsaves=1000 (the figures; defaults are smaller so a run takes minutes).
 */
public final class SoakHarness {
    private static final int EDITORS = Integer.getInteger("editors", 32);
    private static final int SAVES = Integer.getInteger("saves", 100);
    private static final int READERS = Integer.getInteger("readers", 4);
    private static final String PASSWORD = "soak harness password";
    private static final String LOAD_SOURCES = "select count(*) from source where file_name like 'load-%.txt'";
    private static final Pattern BASE = Pattern.compile("name=\"base_revision\" value=\"(\\d*)\"");
    private static final Pattern BODY = Pattern.compile("(?s)<textarea id=\"field-body\"[^>]*>(.*?)</textarea>");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Path work;
    private final Path jar;
    private EmbeddedPostgres postgres;
    private int postgresPort;
    private Process server;
    private int serverPort;
    private Database database;
    private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();

    private SoakHarness(Path work, Path jar) {
        this.work = work;
        this.jar = jar;
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("sourcewiki-soak");
        SoakHarness harness = new SoakHarness(work, Path.of("target/sourcewiki.jar").toAbsolutePath());
        try {
            harness.run();
        } finally {
            harness.stopServer();
            if (harness.database != null) {
                harness.database.close();
            }
            if (harness.postgres != null) {
                harness.postgres.close();
            }
        }
        if (!harness.failures.isEmpty()) {
            System.out.println("FAILED: " + String.join("; ", harness.failures));
            System.exit(1);
        }
        System.out.println("All checks held: nothing accepted was lost.");
    }

    private void run() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        postgresPort = postgres.getPort();
        database = Database.connect(jdbcUrl(), "postgres", null, null);
        database.migrate();
        AccountService accounts = new AccountService(database.jdbi());
        for (int i = 0; i < EDITORS; i++) {
            accounts.create("soak" + i, PASSWORD, "editor");
        }
        startServer();
        soak();
        outage();
        killServerMidSave();
        killImportMidImport();
    }

    // ---- soak ----

    private record Outcome(String token, int status, long nanos) {
    }

    private void soak() throws Exception {
        System.out.printf(Locale.ROOT, "%n== Soak: %d editors x %d saves on one page, %d readers%n", EDITORS, SAVES, READERS);
        String slug = "Soak";
        createPage(slug, EDITORS);
        List<Outcome> saves = Collections.synchronizedList(new ArrayList<>());
        List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS + READERS);
        List<Future<?>> editors = new ArrayList<>();
        long started = System.nanoTime();
        for (int e = 0; e < EDITORS; e++) {
            int editor = e;
            editors.add(pool.submit(() -> {
                Editor session = new Editor("soak" + editor);
                for (int n = 0; n < SAVES; n++) {
                    // Even editors change their own paragraph (merges); odd ones all change the first line (conflicts).
                    int line = editor % 2 == 0 ? editor + 1 : 0;
                    saves.add(session.replaceLine(slug, line, "soak-" + editor + "-" + n));
                }
                return null;
            }));
        }
        for (int r = 0; r < READERS; r++) {
            pool.submit(() -> {
                while (writing.get()) {
                    long t = System.nanoTime();
                    get("/wiki/" + slug);
                    reads.add(System.nanoTime() - t);
                }
                return null;
            });
        }
        for (Future<?> editor : editors) {
            editor.get();
        }
        writing.set(false);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        report("soak", slug, saves, seconds);
        System.out.printf(Locale.ROOT, "reads: %d, p50 %.1f ms, p99 %.1f ms%n", reads.size(), percentile(reads, 50),
                percentile(reads, 99));
    }

    private void report(String phase, String slug, List<Outcome> saves, double seconds) {
        Map<Integer, Integer> byStatus = new LinkedHashMap<>();
        List<Long> accepted = new ArrayList<>();
        for (Outcome outcome : saves) {
            byStatus.merge(outcome.status(), 1, Integer::sum);
            if (outcome.status() == 303) {
                accepted.add(outcome.nanos());
            }
        }
        int lost = lost(slug, saves);
        boolean linear = linearChain(slug);
        int fiveHundreds = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToInt(Map.Entry::getValue).sum();
        System.out.printf(Locale.ROOT, "%s: %d saves in %.1f s; accepted %d, conflicts %d, 503 %d, other 5xx %d, "
                        + "other %s; lost %d; chain linear: %s; save p50 %.1f ms, p99 %.1f ms%n",
                phase, saves.size(), seconds, byStatus.getOrDefault(303, 0), byStatus.getOrDefault(409, 0),
                byStatus.getOrDefault(503, 0), fiveHundreds, others(byStatus), lost, linear,
                percentile(saves.stream().map(Outcome::nanos).toList(), 50),
                percentile(saves.stream().map(Outcome::nanos).toList(), 99));
        if (lost > 0) {
            failures.add(phase + ": " + lost + " accepted saves lost");
        }
        if (!linear) {
            failures.add(phase + ": the revision chain is not linear");
        }
        if (fiveHundreds > 0) {
            failures.add(phase + ": " + fiveHundreds + " answers 500");
        }
    }

    private static String others(Map<Integer, Integer> byStatus) {
        Map<Integer, Integer> rest = new LinkedHashMap<>(byStatus);
        rest.keySet().removeIf(s -> s == 303 || s == 409 || s >= 500);
        return rest.toString();
    }

    /** Accepted saves whose token is in no revision of the page. */
    private int lost(String slug, List<Outcome> saves) {
        List<String> bodies = jdbi().withHandle(h -> h.createQuery(
                "select r.body from revision r join page p on p.id = r.page_id where p.slug = :slug")
                .bind("slug", slug).mapTo(String.class).list());
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Pattern token = Pattern.compile("soak-\\d+-\\d+|kill-\\d+|outage-\\d+-\\d+");
        for (String body : bodies) {
            Matcher matcher = token.matcher(body);
            while (matcher.find()) {
                seen.add(matcher.group());
            }
        }
        int lost = 0;
        for (Outcome outcome : saves) {
            if (outcome.status() == 303 && !seen.contains(outcome.token())) {
                lost++;
            }
        }
        return lost;
    }

    /** One chain: one first revision, every other one the child of exactly one, all reached from the current. */
    private boolean linearChain(String slug) {
        return jdbi().withHandle(h -> h.createQuery("""
                with recursive chain as (
                    select r.id, r.parent_id from revision r join page p on p.current_revision_id = r.id where p.slug = :slug
                    union all
                    select r.id, r.parent_id from revision r join chain c on r.id = c.parent_id)
                select (select count(*) from chain) = (select count(*) from revision r join page p on p.id = r.page_id
                        where p.slug = :slug)
                   and (select count(*) from revision r join page p on p.id = r.page_id
                        where p.slug = :slug and r.parent_id is null) = 1
                """).bind("slug", slug).mapTo(Boolean.class).one());
    }

    // ---- faults ----

    private void outage() throws Exception {
        System.out.printf(Locale.ROOT, "%n== Outage: PostgreSQL stopped for 10 s under 8 editors%n");
        String slug = "Outage";
        createPage(slug, 8);
        List<Outcome> saves = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int e = 0; e < 8; e++) {
            int editor = e;
            pool.submit(() -> {
                Editor session = new Editor("soak" + editor);
                for (int n = 0; running.get(); n++) {
                    saves.add(session.replaceLine(slug, editor + 1, "outage-" + editor + "-" + n));
                }
                return null;
            });
        }
        Thread.sleep(3_000);
        long firstDownAnswer;
        postgres.close();
        long stopped = System.nanoTime();
        int status = get("/wiki/" + slug).statusCode();
        firstDownAnswer = System.nanoTime() - stopped;
        System.out.printf(Locale.ROOT, "first answer with PostgreSQL down: %d in %.0f ms%n", status, firstDownAnswer / 1e6);
        Thread.sleep(10_000);
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setPort(postgresPort).start();
        long restarted = System.nanoTime();
        while (get("/wiki/" + slug).statusCode() != 200) {
            Thread.sleep(50);
        }
        System.out.printf(Locale.ROOT, "recovered %.1f s after PostgreSQL came back%n", (System.nanoTime() - restarted) / 1e9);
        Thread.sleep(3_000);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        database.close();
        database = Database.connect(jdbcUrl(), "postgres", null, null);
        report("outage", slug, saves, 16);
        if (status != 503) {
            failures.add("outage: first answer was " + status + ", not 503");
        }
    }

    private void killServerMidSave() throws Exception {
        System.out.printf(Locale.ROOT, "%n== kill -9 of the server in the middle of saves%n");
        String slug = "Kill";
        createPage(slug, 1);
        List<Outcome> saves = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger counter = new AtomicInteger();
        Thread writer = new Thread(() -> {
            Editor session = new Editor("soak0");
            while (running.get()) {
                try {
                    saves.add(session.replaceLine(slug, 1, "kill-" + counter.incrementAndGet()));
                } catch (RuntimeException e) {
                    // the server is gone: the answer never came, so the save was not accepted
                }
            }
        });
        writer.start();
        Thread.sleep(2_000);
        server.destroyForcibly().waitFor();
        running.set(false);
        writer.join();
        long restart = System.nanoTime();
        startServer();
        System.out.printf(Locale.ROOT, "server answered again %.1f s after the restart began%n",
                (System.nanoTime() - restart) / 1e9);
        report("kill -9 server", slug, saves, 2);
        int partial = jdbi().withHandle(h -> h.createQuery("""
                select count(*) from page p left join revision r on r.id = p.current_revision_id where r.id is null
                """).mapTo(Integer.class).one());
        System.out.printf(Locale.ROOT, "pages without a current revision: %d%n", partial);
        if (partial > 0) {
            failures.add("kill: " + partial + " pages without a current revision");
        }
    }

    private void killImportMidImport() throws Exception {
        System.out.printf(Locale.ROOT, "%n== kill -9 of an import in the middle%n");
        Path folder = Files.createDirectories(work.resolve("articles"));
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder("Article de charge numéro " + i + "\n\n");
            for (int p = 0; p < 40; p++) {
                text.append("Paragraphe ").append(p).append(" de l’article ").append(i).append(" sur la coopération.\n\n");
            }
            Files.writeString(folder.resolve("load-" + i + ".txt"), text);
        }
        Process importer = java(List.of("import", folder.toString()), work.resolve("import.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(LOAD_SOURCES) < 20 && importer.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        importer.destroyForcibly().waitFor();
        int sources = count(LOAD_SOURCES);
        int empty = count("select count(*) from source s where not exists (select 1 from passage p where p.source_id = s.id)");
        System.out.printf(Locale.ROOT, "killed after %d of 200 articles; sources without passages: %d%n", sources, empty);
        Process again = java(List.of("import", folder.toString()), work.resolve("import2.log"));
        int exit = again.waitFor();
        String summary = Files.readAllLines(work.resolve("import2.log")).stream().filter(l -> l.contains("imported,"))
                .findFirst().orElse("(no summary)");
        System.out.printf(Locale.ROOT, "import again: exit %d, %s%n", exit, summary);
        if (empty > 0) {
            failures.add("import kill: " + empty + " sources without passages");
        }
        if (count(LOAD_SOURCES) != 200) {
            failures.add("import kill: the second import did not complete the 200 articles");
        }
    }

    // ---- plumbing ----

    private void createPage(String slug, int lines) {
        Editor editor = new Editor("soak0");
        StringBuilder body = new StringBuilder("Ligne commune.");
        for (int i = 1; i <= lines; i++) {
            body.append("\n\nParagraphe ").append(i).append('.');
        }
        Outcome created = editor.save(slug, "", body.toString());
        if (created.status() != 303) {
            throw new IllegalStateException("could not create " + slug + ": " + created.status());
        }
    }

    /** One editor's browser: its own cookies, reading the edit form, then saving one changed paragraph. */
    private final class Editor {
        private final HttpClient client;

        Editor(String name) {
            client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
            String csrf = csrfOf(send(HttpRequest.newBuilder(uri("/login")).build()).body());
            HttpResponse<String> login = send(form("/login", Map.of("_csrf", csrf, "username", name, "password", PASSWORD)));
            if (login.statusCode() != 302) {
                throw new IllegalStateException("sign-in of " + name + " failed: " + login.statusCode());
            }
        }

        Outcome replaceLine(String slug, int paragraph, String token) {
            long asked = System.nanoTime();
            HttpResponse<String> edit = send(HttpRequest.newBuilder(uri("/wiki/" + slug + "/edit")).build());
            if (edit.statusCode() != 200) {
                return new Outcome(token, edit.statusCode(), System.nanoTime() - asked);
            }
            Matcher base = BASE.matcher(edit.body());
            Matcher body = BODY.matcher(edit.body());
            if (!base.find() || !body.find()) {
                return new Outcome(token, 599, 0);
            }
            String[] paragraphs = unescape(body.group(1)).split("\n\n", -1);
            paragraphs[Math.min(paragraph, paragraphs.length - 1)] = "Paragraphe " + paragraph + " : " + token + ".";
            return saveWith(edit.body(), slug, base.group(1), String.join("\n\n", paragraphs), token);
        }

        Outcome save(String slug, String base, String body) {
            // A new page without a kind first asks what it is about; naming the kind gives the form at once.
            HttpResponse<String> edit = send(HttpRequest.newBuilder(uri("/wiki/" + slug + "/edit?kind=topic")).build());
            return saveWith(edit.body(), slug, base, body, "create");
        }

        private Outcome saveWith(String page, String slug, String base, String body, String token) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", csrfOf(page));
            fields.put("title", slug);
            fields.put("kind", "topic");
            fields.put("body", body);
            fields.put("summary", token);
            fields.put("base_revision", base);
            long started = System.nanoTime();
            HttpResponse<String> saved = send(form("/wiki/" + slug + "/edit", fields));
            return new Outcome(token, saved.statusCode(), System.nanoTime() - started);
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("no answer: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replace("\r\n", "\n");
    }

    private HttpRequest form(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private HttpResponse<String> get(String path) {
        try {
            return plain.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + serverPort + path);
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
    }

    private Jdbi jdbi() {
        return database.jdbi();
    }

    private int count(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private void startServer() throws Exception {
        if (serverPort == 0) {
            try (var socket = new ServerSocket(0)) {
                serverPort = socket.getLocalPort();
            }
        }
        server = java(List.of("serve"), work.resolve("server-" + System.nanoTime() + ".log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (plain.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the server did not start; see " + work);
    }

    private void stopServer() {
        if (server != null) {
            server.destroy();
            try {
                server.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process java(List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DATABASE_URL", jdbcUrl());
        builder.environment().put("DATABASE_USER", "postgres");
        builder.environment().put("PORT", String.valueOf(serverPort));
        builder.environment().put("SEEDS_DIR", work.resolve("no-seeds").toString());
        return builder.start();
    }

    private static double percentile(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
