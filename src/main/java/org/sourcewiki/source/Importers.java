package org.sourcewiki.source;

import org.sourcewiki.db.Database;

/** Wires the one importer used by the seeds, the command line and the web upload. */
public final class Importers {
    private Importers() {
    }

    public static SourceImporter create(Database database, long maxBytes) {
        ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));
        return new SourceImporter(database.jdbi(), parser, maxBytes);
    }
}
