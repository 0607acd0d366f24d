package org.sourcewiki.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.sourcewiki.account.Account;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import org.sourcewiki.page.PageService;
import org.sourcewiki.page.TitleCheck;
import org.sourcewiki.page.Titles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lists pages whose titles read the same as another's (they differ only by a Unicode space or an invisible
 * character) or are not in the normal form; exit status 1 when there are any, 0 when there are none.
 */
@Command(name = "check-titles", mixinStandardHelpOptions = true, description = "List pages whose titles look like another page's (Unicode spaces, "
        + "invisible characters); exit status 1 when there are any. --rename renames them.")
public final class CheckTitlesCommand implements Callable<Integer> {
    /** The account that signs the renames, as the seed account signs the starter pages. */
    static final String ACCOUNT = "titles";

    @Option(names = "--rename", description = "Rename each such page to its normal title (or that title and \" (2)\"), "
            + "as a revision by the '" + ACCOUNT + "' account.")
    boolean rename;

    @Override
    public Integer call() {
        try (Database database = Database.open(Config.fromEnvironment())) {
            TitleCheck.Report report = TitleCheck.check(database.jdbi());
            print(report, System.out);
            if (!rename || report.clean()) {
                return report.clean() ? 0 : 1;
            }
            Account author = new AccountService(database.jdbi()).systemAccount(ACCOUNT);
            boolean all = true;
            for (TitleCheck.Renamed renamed : TitleCheck.renameAll(database.jdbi(), new PageService(database.jdbi()), author)) {
                if (renamed.newTitle() != null) {
                    System.out.println("Renamed " + TitleCheck.visible(renamed.page().title()) + " to \"" + renamed.newTitle() + "\"");
                } else {
                    all = false;
                    System.out.println("Not renamed: " + TitleCheck.visible(renamed.page().title()) + ": "
                            + String.join("; ", renamed.problems()));
                }
            }
            return all ? 0 : 1;
        }
    }

    static void print(TitleCheck.Report report, PrintStream out) {
        for (TitleCheck.LookAlikes group : report.lookAlikes()) {
            out.println("Look-alike titles (all read \"" + Titles.fromSlug(group.normalSlug()) + "\"):");
            group.pages().forEach(page -> out.println("  " + TitleCheck.visible(page.title()) + "  "
                    + "/wiki/" + Titles.encodeSegment(page.slug())));
        }
        for (TitleCheck.StoredTitle page : report.notNormal()) {
            out.println("Title not in its normal form: " + TitleCheck.visible(page.title()) + " (reads \""
                    + Titles.normalise(page.title()) + "\")");
        }
        if (report.clean()) {
            out.println("No look-alike titles.");
        } else {
            out.println("Their addresses lead to the page in normal form: rename them with check-titles --rename.");
        }
    }
}
