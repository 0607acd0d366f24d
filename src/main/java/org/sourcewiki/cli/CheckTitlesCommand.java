package org.sourcewiki.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import org.sourcewiki.page.TitleCheck;
import org.sourcewiki.page.Titles;
import picocli.CommandLine.Command;

/**
 * Lists pages whose titles read the same as another's (they differ only by a Unicode space or an invisible
 * character) or are not in the normal form; exit status 1 when there are any, 0 when there are none.
 */
@Command(name = "check-titles", mixinStandardHelpOptions = true, description = "List pages whose titles look like another page's (Unicode spaces, "
        + "invisible characters); exit status 1 when there are any.")
public final class CheckTitlesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        try (Database database = Database.open(Config.fromEnvironment())) {
            TitleCheck.Report report = TitleCheck.check(database.jdbi());
            print(report, System.out);
            return report.clean() ? 0 : 1;
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
                    + Titles.normalise(page.title()) + "\"; rename it to reach it by its address)");
        }
        if (report.clean()) {
            out.println("No look-alike titles.");
        } else {
            out.println("Rename or merge these pages (edit a page and change its title; the old address redirects).");
        }
    }
}
