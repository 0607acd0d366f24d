package org.sourcewiki.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.util.concurrent.Callable;
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
        Database database = Database.open(config);
        SourceImporter importer = Importers.create(database, config.importMaxBytes());
        Seeds.importOnFirstStart(database.jdbi(), importer, config.seedsDirectory());
        PageSearchIndex.fillMissing(database.jdbi());
        importer.recoverOriginals(config.seedsDirectory().resolve("sources"));
        Javalin app = WebApp.create(config, database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
        }, "shutdown"));
        app.start();
        log.info("Sourcewiki is ready at {} (port {})", config.publicUrl(), app.port());
        return 0;
    }
}
