package org.sourcewiki.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import org.sourcewiki.source.ImportOutcome;
import org.sourcewiki.source.ImportSummary;
import org.sourcewiki.source.Importers;
import org.sourcewiki.source.PageFetcher;
import org.sourcewiki.source.SourceImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import article files or folders, or web pages by address, as sources "
        + "(text, HTML, PDF, DOCX, ODT). Exit status 1 when any file or address is rejected.")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL",
            description = "Files or folders (read recursively), or http(s):// addresses to fetch and archive.")
    List<String> arguments;

    @Option(names = "--max-size", paramLabel = "SIZE",
            description = "Largest file accepted, e.g. 5M or 512K (default: IMPORT_MAX_BYTES or 5M).")
    String maxSize;

    @Option(names = "--new-version-of", paramLabel = "SLUG",
            description = "Import the one file or address given as the next version of this source (its citations are "
                    + "re-anchored; those that do not match exactly wait at /review). Without it, a different text with "
                    + "the same address, or the same publisher and title, is a new version by itself.")
    String newVersionOf;

    @Override
    public Integer call() {
        Config config = Config.fromEnvironment();
        long limit = maxSize == null ? config.importMaxBytes() : Config.parseSize(maxSize);
        try (Database database = Database.open(config)) {
            SourceImporter importer = Importers.create(database, limit);
            List<String> addresses = arguments.stream().filter(PageFetcher::looksLikeAddress).toList();
            List<Path> paths = arguments.stream().filter(a -> !PageFetcher.looksLikeAddress(a)).map(Path::of).toList();
            SourceImporter.Expansion files = SourceImporter.expand(paths);
            if (newVersionOf != null && files.files().size() + addresses.size() != 1) {
                System.err.println("--new-version-of takes exactly one file or address; "
                        + (files.files().size() + addresses.size()) + " were given.");
                return 2;
            }
            PageFetcher fetcher = PageFetcher.standard(limit, config.importAllowPrivate());
            List<ImportOutcome> outcomes = new ArrayList<>();
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing")
                    .setInitialMax(files.files().size() + addresses.size())
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).continuousUpdate().build()) {
                // Files in batches, one transaction each (see SourceImporter); the bar moves as each batch commits.
                outcomes.addAll(importer.importExpansion(files, newVersionOf, outcome -> bar.step()).outcomes());
                for (String address : addresses) {
                    outcomes.add(importer.importUrl(address, fetcher, newVersionOf));
                    bar.step();
                }
            }
            ImportSummary summary = new ImportSummary(outcomes);
            for (ImportOutcome outcome : summary.outcomes()) {
                System.out.println(describe(outcome));
            }
            System.out.println(summary.totals() + ".");
            return summary.rejected() > 0 ? 1 : 0;
        }
    }

    /**
     * A file name as a terminal may show it: control characters (a newline would split the report's line, an escape
     * sequence would recolour the terminal) written as {@code \\uXXXX}; every other character as it is.
     */
    static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String describe(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported i) {
            String version = i.version() <= 1 ? "" : ", version " + i.version() + " of " + i.versionOf()
                    + (i.reanchored() == null ? "" : "; citations of older versions: " + i.reanchored().applied()
                    + " re-anchored, " + i.reanchored().toReview() + " to review at /review");
            return "imported         " + printable(i.fileName()) + " -> " + i.slug() + " (" + i.passages() + " passages, "
                    + i.boilerplate() + " boilerplate" + version + ")";
        }
        if (outcome instanceof ImportOutcome.AlreadyPresent a) {
            return "already present  " + printable(a.fileName()) + " (" + a.slug() + ")";
        }
        if (outcome instanceof ImportOutcome.Skipped s) {
            return "skipped          " + printable(s.fileName()) + ": " + s.reason();
        }
        ImportOutcome.Rejected r = (ImportOutcome.Rejected) outcome;
        return "rejected         " + printable(r.fileName()) + ": " + r.reason();
    }
}
