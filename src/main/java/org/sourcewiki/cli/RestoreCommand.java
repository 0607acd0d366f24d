package org.sourcewiki.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sourcewiki.backup.WikiArchive;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore a file written by 'export' into "
        + "an empty database (a new DATA_DIR, or a new DATABASE_URL): same revision ids, permalinks and digests. "
        + "All or nothing.")
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a file written by 'export'")
    Path file;

    @Override
    public Integer call() throws IOException, SQLException {
        WikiArchive.Manifest manifest;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            manifest = WikiArchive.readManifest(in);
        } catch (IOException e) {
            System.err.println("sourcewiki: cannot restore " + file + ": " + e.getMessage());
            return 2;
        }
        try (Database database = Database.open(Config.fromEnvironment(), false)) {
            String current = database.schemaVersion();
            if (current != null && compare(current, manifest.schemaVersion()) > 0) {
                System.err.println("sourcewiki: cannot restore " + file + ": the database is at schema version " + current
                        + ", newer than the export's " + manifest.schemaVersion() + "; restore into a new, empty database");
                return 2;
            }
            // The export's own schema first, then its rows, then the migrations made since.
            database.migrateTo(manifest.schemaVersion());
            Map<String, Long> restored;
            try (Connection connection = database.dataSource().getConnection();
                 InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                restored = WikiArchive.restore(connection, manifest, in);
            } catch (IOException e) {
                System.err.println("sourcewiki: cannot restore " + file + ": " + e.getMessage() + " (nothing was written)");
                return 2;
            }
            database.migrate();
            long rows = restored.values().stream().mapToLong(Long::longValue).sum();
            System.out.println("Restored " + rows + " rows of " + restored.size() + " tables from " + file + ".");
            return 0;
        }
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? Integer.parseInt(x[i]) : 0;
            int right = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }
}
