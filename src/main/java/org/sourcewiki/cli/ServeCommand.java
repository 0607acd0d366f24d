package org.sourcewiki.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import org.sourcewiki.page.PageSearchIndex;
import org.sourcewiki.seed.Seeds;
import org.sourcewiki.source.Importers;
import org.sourcewiki.source.SourceImporter;
import org.sourcewiki.web.WebApp;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the wiki (the default). Imports the seeds on the first start.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Override
    public Integer call() {
        Config config = Config.fromEnvironment();
        log.info("Data folder {}; seeds from {}", config.dataDirectory(), config.seedsDirectory());
        if (!Files.isDirectory(config.seedsDirectory())) {
            log.warn("No seeds folder at {}: a new wiki starts empty. Start from the repository folder, or set SEEDS_DIR.",
                    config.seedsDirectory());
        }
        long started = System.nanoTime();
        // PostgreSQL first (the embedded one is started, or initialised on a first start); then the migrations and the
        // seeds (PostgreSQL's work and the parsing of the seed files) run on a second thread while this one builds
        // the web application (templates, routes, Jetty): on two cores a start takes the longer of the two, not the
        // sum. The server answers only once both are done, so nobody ever sees a wiki without its seeds.
        Database database = Database.open(config, false);
        long opened = System.nanoTime();
        CompletableFuture<Long> prepared = CompletableFuture.supplyAsync(() -> {
            database.migrate();
            SourceImporter importer = Importers.create(database, config.importMaxBytes());
            Seeds.importOnFirstStart(database.jdbi(), importer, config.seedsDirectory());
            PageSearchIndex.fillMissing(database.jdbi());
            importer.recoverOriginals(config.seedsDirectory().resolve("sources"));
            return System.nanoTime();
        }, command -> new Thread(command, "start-database").start());
        Javalin app = WebApp.create(config, database);
        long built = System.nanoTime();
        long seeded;
        try {
            seeded = prepared.join();
        } catch (CompletionException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
        }, "shutdown"));
        app.start();
        // Where a start's time goes, so that a slow one can be told apart.
        log.info("Started in {} ms: PostgreSQL {} ms; then, side by side, migrations and seeds {} ms and web application "
                        + "{} ms; web server {} ms", millis(started, System.nanoTime()), millis(started, opened),
                millis(opened, seeded), millis(opened, built), millis(Math.max(seeded, built), System.nanoTime()));
        log.info("Sourcewiki is ready at {} (port {})", config.publicUrl(), app.port());
        return 0;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
