package org.sourcewiki.cli;

import java.util.concurrent.Callable;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import picocli.CommandLine.Command;

@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending database migrations and exit.")
public final class MigrateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        try (Database ignored = Database.open(Config.fromEnvironment())) {
            System.out.println("Database is up to date.");
        }
        return 0;
    }
}
