package org.sourcewiki.cli;

import org.sourcewiki.db.Database;
import org.sourcewiki.source.ArticleParser;
import org.sourcewiki.source.BoilerplateClassifier;
import org.sourcewiki.source.BoilerplateRules;
import org.sourcewiki.source.SourceImporter;

/** Wires the one importer used by the seeds, the command line and the web upload. */
public final class Importers {
    private Importers() {
    }

    public static SourceImporter create(Database database, long maxBytes) {
        ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));
        return new SourceImporter(database.jdbi(), parser, maxBytes);
    }
}
