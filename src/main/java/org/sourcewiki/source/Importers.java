package org.sourcewiki.source;

import org.sourcewiki.db.Database;
import org.sourcewiki.page.PageService;
import org.sourcewiki.review.Reanchorer;

/** Wires the one importer used by the seeds, the command line and the web upload. */
public final class Importers {
    private Importers() {
    }

    public static SourceImporter create(Database database, long maxBytes) {
        ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));
        // A new version of an article moves the citations of its older versions (or queues them for review).
        return new SourceImporter(database.jdbi(), parser, maxBytes,
                new Reanchorer(database.jdbi(), new PageService(database.jdbi())));
    }
}
