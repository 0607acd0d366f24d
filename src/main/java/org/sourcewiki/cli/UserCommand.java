package org.sourcewiki.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.sourcewiki.account.AccountException;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import org.sourcewiki.web.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", description = "Manage accounts.", subcommands = {UserCommand.Add.class})
public final class UserCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("Usage: sourcewiki user add NAME --role editor|admin  (password on standard input)");
    }

    @Command(name = "add", description = "Create an account. The password is read as one line from standard input, "
            + "so it never appears in the process list or shell history.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "editor or admin")
        String role;

        @Override
        public Integer call() throws IOException {
            if (System.console() != null) {
                System.err.print("Password for " + name + ": ");
            }
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null) {
                System.err.println("sourcewiki: no password on standard input");
                return 2;
            }
            try (Database database = Database.open(Config.fromEnvironment())) {
                new AccountService(database.jdbi()).create(name, password, role);
                System.out.println("Created " + role + " " + name + ".");
                return 0;
            } catch (AccountException e) {
                System.err.println("sourcewiki: " + Messages.get(java.util.Locale.ENGLISH, e.getMessage(),
                        AccountService.MIN_PASSWORD_LENGTH));
                return 2;
            }
        }
    }
}
