package org.sourcewiki.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewiki.account.Account;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.page.EditForm;
import org.sourcewiki.page.PageService;
import org.sourcewiki.page.SaveOutcome;
import org.sourcewiki.page.Titles;
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
    static final String PAGES_MARKER = "seeds.pages.imported";
    public static final String SEED_ACCOUNT = "seed";

    private Seeds() {
    }

    public static void importOnFirstStart(Jdbi jdbi, SourceImporter importer, Path seedsDirectory) {
        importSources(jdbi, importer, seedsDirectory);
        importPages(jdbi, seedsDirectory);
    }

    /** A page file of seeds/pages: any .md file but the folder's README.md (the checklist of how claims were checked). */
    public static boolean isSeedPage(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }

    /** Starter pages, written by the seed account as ordinary revisions, after the sources they cite. */
    static void importPages(Jdbi jdbi, Path seedsDirectory) {
        SourceDao dao = jdbi.onDemand(SourceDao.class);
        Path pages = seedsDirectory.resolve("pages");
        if (dao.state(PAGES_MARKER).isPresent() || !Files.isDirectory(pages)) {
            return;
        }
        long started = System.nanoTime();
        Account seed = new AccountService(jdbi).systemAccount(SEED_ACCOUNT);
        PageService service = new PageService(jdbi);
        int saved = 0;
        int failed = 0;
        try (var files = Files.list(pages)) {
            for (Path file : files.filter(Seeds::isSeedPage).sorted().toList()) {
                EditForm form = SeedPage.read(file);
                SaveOutcome outcome = service.save(seed, Titles.slug(form.title()), form);
                if (outcome instanceof SaveOutcome.Saved || outcome instanceof SaveOutcome.Unchanged) {
                    saved++;
                } else {
                    failed++;
                    log.error("Seed page {} not saved: {}", file, outcome);
                }
            }
        } catch (IOException e) {
            log.error("Seed pages in {} could not be read", pages, e);
            return;
        }
        dao.setState(PAGES_MARKER, saved + " saved, " + failed + " refused");
        log.info("Seed pages from {}: {} saved, {} refused ({} ms)", pages.toAbsolutePath(), saved, failed,
                (System.nanoTime() - started) / 1_000_000);
    }

    public static void importSources(Jdbi jdbi, SourceImporter importer, Path seedsDirectory) {
        SourceDao dao = jdbi.onDemand(SourceDao.class);
        if (dao.state(MARKER).isPresent()) {
            return;
        }
        Path sources = seedsDirectory.resolve("sources");
        if (!Files.isDirectory(sources)) {
            log.warn("No seed sources in {}: starting with an empty wiki", sources.toAbsolutePath());
            return;
        }
        long started = System.nanoTime();
        ImportSummary summary = importer.importPaths(List.of(sources), outcome -> {
            if (outcome instanceof ImportOutcome.Rejected rejected) {
                log.warn("Seed {} rejected: {}", rejected.fileName(), rejected.reason());
            }
        });
        dao.setState(MARKER, summary.totals());
        log.info("Seed sources from {}: {} ({} ms)", sources.toAbsolutePath(), summary.totals(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
