package org.sourcewiki;

import org.sourcewiki.cli.CheckTitlesCommand;
import org.sourcewiki.cli.ExportCommand;
import org.sourcewiki.cli.ImportCommand;
import org.sourcewiki.cli.MigrateCommand;
import org.sourcewiki.cli.RestoreCommand;
import org.sourcewiki.cli.ServeCommand;
import org.sourcewiki.cli.UserCommand;
import org.sourcewiki.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

@Command(name = "sourcewiki", mixinStandardHelpOptions = true, version = "Sourcewiki 0.1",
        description = "A research wiki where every claim cites an exact passage of a source.",
        subcommands = {ServeCommand.class, ImportCommand.class, UserCommand.class, MigrateCommand.class,
            ExportCommand.class, RestoreCommand.class, CheckTitlesCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        // serve is the default sub-command
        String[] arguments = args.length == 0 ? new String[] {"serve"} : args;
        CommandLine commandLine = new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof ConfigException) {
                        cmd.getErr().println("sourcewiki: " + e.getMessage());
                        return 2;
                    }
                    throw e;
                });
        int status = commandLine.execute(arguments);
        if (status != 0 || !"serve".equals(arguments[0])) {
            System.exit(status);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
