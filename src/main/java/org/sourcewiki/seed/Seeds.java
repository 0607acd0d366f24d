package org.sourcewiki.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewiki.source.ImportOutcome;
import org.sourcewiki.source.ImportSummary;
import org.sourcewiki.source.SourceDao;
import org.sourcewiki.source.SourceImporter;

/**
 * Imports the starter content on the first start against a database that never had it, before the server answers.
 * A marker in wiki_state (not an empty table) decides, so sources deleted later are not brought back.
 */
public final class Seeds {
    private static final Logger log = LoggerFactory.getLogger(Seeds.class);
    static final String MARKER = "seeds.sources.imported";

    private Seeds() {
    }

    public static void importOnFirstStart(Jdbi jdbi, SourceImporter importer, Path seedsDirectory) {
        SourceDao dao = jdbi.onDemand(SourceDao.class);
        if (dao.state(MARKER).isPresent()) {
            return;
        }
        Path sources = seedsDirectory.resolve("sources");
        if (!Files.isDirectory(sources)) {
            log.warn("No seed sources in {}: starting with an empty wiki", sources.toAbsolutePath());
            return;
        }
        ImportSummary summary = importer.importPaths(List.of(sources), outcome -> {
            if (outcome instanceof ImportOutcome.Rejected rejected) {
                log.warn("Seed {} rejected: {}", rejected.fileName(), rejected.reason());
            }
        });
        dao.setState(MARKER, summary.totals());
        log.info("Seed sources from {}: {}", sources.toAbsolutePath(), summary.totals());
    }
}
