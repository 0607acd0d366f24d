package org.sourcewiki.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.sourcewiki.backup.WikiArchive;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole wiki (sources with their "
        + "passages, pages with every revision, citations, accounts; not sessions) to one file. Works while the "
        + "server runs; the same wiki always gives the same bytes.")
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the file to write (a zip); written whole or not at all")
    Path file;

    @Override
    public Integer call() throws IOException, SQLException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try (Database database = Database.open(Config.fromEnvironment());
             Connection connection = database.dataSource().getConnection()) {
            WikiArchive.Manifest manifest;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                manifest = WikiArchive.export(connection, database.schemaVersion(), out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long rows = manifest.tables().stream().mapToLong(WikiArchive.Table::rows).sum();
            System.out.println("Exported " + rows + " rows of " + manifest.tables().size() + " tables (schema version "
                    + manifest.schemaVersion() + ") to " + file + ".");
            return 0;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
