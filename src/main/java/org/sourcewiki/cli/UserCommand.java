package org.sourcewiki.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourcewiki.account.AccountException;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.account.LoginThrottle;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import org.sourcewiki.web.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", description = "Manage accounts.", mixinStandardHelpOptions = true,
        subcommands = {UserCommand.Add.class, UserCommand.Unblock.class})
public final class UserCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("Usage: sourcewiki user add NAME --role editor|admin  (password on standard input)");
        System.out.println("       sourcewiki user unblock NAME [--address ADDRESS]");
    }

    @Command(name = "unblock", mixinStandardHelpOptions = true,
            description = "Clear the sign-in slow-down of a name (from every address), and of an address if given.")
    static final class Unblock implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--address", paramLabel = "ADDRESS", description = "a client address to clear as well")
        String address;

        @Override
        public Integer call() {
            try (Database database = Database.open(Config.fromEnvironment())) {
                LoginThrottle throttle = new AccountService(database.jdbi()).throttle();
                int cleared = throttle.clearName(name) + (address == null ? 0 : throttle.clearAddress(address));
                System.out.println("Cleared " + cleared + " sign-in counter" + (cleared == 1 ? "" : "s") + " for " + name
                        + (address == null ? "" : " and " + address) + ".");
                return 0;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account. The password is read as one line from standard input, "
            + "so it never appears in the process list or shell history.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "editor or admin")
        String role;

        @Override
        public Integer call() throws IOException {
            String password;
            if (System.console() != null) {
                // At a terminal: read without echo, so the password never shows on screen.
                char[] typed = System.console().readPassword("Password for %s: ", name);
                password = typed == null ? null : new String(typed);
            } else {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            if (password == null) {
                System.err.println("sourcewiki: no password on standard input");
                return 2;
            }
            try (Database database = Database.open(Config.fromEnvironment())) {
                new AccountService(database.jdbi()).create(name, password, role);
                System.out.println("Created " + role + " " + name + ".");
                return 0;
            } catch (AccountException e) {
                System.err.println("sourcewiki: " + Messages.get(Locale.ENGLISH, e.getMessage(),
                        AccountService.MIN_PASSWORD_LENGTH));
                return 2;
            }
        }
    }
}
