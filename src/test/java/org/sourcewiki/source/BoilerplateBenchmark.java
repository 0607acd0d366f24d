package org.sourcewiki.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Boilerplate benchmark (not a test; run by {@code bench/boilerplate.sh}): imports every page of the evaluation set
 * ({@code bench/boilerplate/corpus}: each article as {@code .txt} and {@code .html}, with hand labels in
 * {@code .labels.tsv}) through the real {@link ArticleParser#parse}, finds the passage holding each labelled block,
 * and prints boilerplate precision, recall and F1 (boilerplate is the positive class, counted per labelled block),
 * recall per junk kind, the body blocks wrongly marked junk per body role, and the share of titles and dates found.
 * Figures are given for text and HTML apart, on the sites used for tuning and on the held-out sites.
 *
 * <p>Arguments: {@code [corpus folder] [--details tuning|held-out|held-out-2|all]}; {@code --details} lists every wrong block
 * of that split with the reason the classifier gave.
 */
public final class BoilerplateBenchmark {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern BULLET = Pattern.compile("^([•◦▪‣·*]|[-–](?=\\s))\\s*");
    private static final Pattern MARKUP = Pattern.compile("<(html|body|div|p|head)[\\s>]", Pattern.CASE_INSENSITIVE);

    record Label(boolean boilerplate, String kind, String text) {
    }

    record Page(String name, String site, String split, String title, String date, List<Label> labels) {
    }

    /** Counts for one format and split. */
    static final class Tally {
        int tp;
        int fp;
        int fn;
        int tn;
        int unmatched;
        int pages;
        int titles;
        int dates;
        boolean unsupported;
        final Map<String, int[]> junkKinds = new TreeMap<>();
        final Map<String, int[]> bodyRoles = new TreeMap<>();

        void add(Label label, boolean predictedJunk) {
            if (label.boilerplate()) {
                int[] k = junkKinds.computeIfAbsent(label.kind(), x -> new int[2]);
                k[1]++;
                if (predictedJunk) {
                    tp++;
                    k[0]++;
                } else {
                    fn++;
                }
            } else {
                int[] r = bodyRoles.computeIfAbsent(label.kind(), x -> new int[2]);
                r[1]++;
                if (predictedJunk) {
                    fp++;
                    r[0]++;
                } else {
                    tn++;
                }
            }
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("bench/boilerplate/corpus");
        String details = null;
        Path dataset = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--details") && i + 1 < args.length) {
                details = args[++i];
            } else if (args[i].equals("--dataset") && i + 1 < args.length) {
                dataset = Path.of(args[++i]);
            } else {
                corpus = Path.of(args[i]);
            }
        }
        ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));
        List<Page> pages = readPages(corpus);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<String> splits = new ArrayList<>(pages.stream().map(Page::split).distinct().sorted().toList());
        splits.add("all");
        for (String format : List.of("txt", "html")) {
            for (String split : splits) {
                tallies.put(format + "/" + split, new Tally());
            }
        }
        // The same pages again with site template detection: each page compared with the pages of its site read
        // before it (in name order, so a site's first page has no memory), as imports one after another would.
        Map<String, Tally> siteTallies = new LinkedHashMap<>();
        for (String format : List.of("txt", "html")) {
            for (String split : splits) {
                siteTallies.put(format + "/" + split, new Tally());
            }
        }
        Map<String, Set<String>> siteMemory = new HashMap<>();
        List<String> mistakes = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (Page page : pages) {
            for (String format : List.of("txt", "html")) {
                Path file = corpus.resolve(page.name() + "." + format);
                if (!Files.exists(file)) {
                    continue;
                }
                ParsedArticle parsed;
                try {
                    parsed = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
                } catch (ImportRefusedException e) {
                    parsed = null;
                }
                boolean unsupported = parsed == null || format.equals("html") && MARKUP.matcher(parsed.storedText()).find();
                for (String split : List.of(page.split(), "all")) {
                    Tally tally = tallies.get(format + "/" + split);
                    if (unsupported) {
                        tally.unsupported = true;
                        continue;
                    }
                    tally.pages++;
                    if (normal(stripBrackets(parsed.title())).equals(normal(page.title()))) {
                        tally.titles++;
                    } else if (details != null && !split.equals("all") && (details.equals(split) || details.equals("all"))) {
                        mistakes.add(String.format("  %s.%s title: %s (labelled: %s)", page.name(), format,
                                abbreviate(parsed.title()), abbreviate(page.title())));
                    }
                    if (page.date().equals(parsed.published())) {
                        tally.dates++;
                    }
                    score(page, format, parsed, tally, split.equals("all") ? null : mistakes,
                            details != null && (details.equals(split) || details.equals("all")));
                }
                if (dataset != null && !unsupported) {
                    BoilerplateDataset.rows(page, format, parsed, labelsByPassage(page, parsed), rows);
                }
                if (!unsupported) {
                    String site = format + " " + SiteTemplate.siteKey(parsed.publisher(), parsed.url());
                    Set<String> seen = siteMemory.computeIfAbsent(site, k -> new HashSet<>());
                    List<NewPassage> marked = SiteTemplate.apply(parsed.passages(),
                            SiteTemplate.siteKey(parsed.publisher(), parsed.url()) == null ? Set.of() : seen,
                            parsed.title());
                    ParsedArticle withSite = new ParsedArticle(parsed.fileName(), parsed.title(), parsed.titleSupplied(),
                            parsed.publisher(), parsed.author(), parsed.published(), parsed.language(), parsed.url(),
                            parsed.originalSha256(), parsed.textSha256(), parsed.originalEncoding(), parsed.storedText(),
                            marked);
                    for (String split : List.of(page.split(), "all")) {
                        Tally tally = siteTallies.get(format + "/" + split);
                        tally.pages++;
                        score(page, format, withSite, tally, null, false);
                    }
                    parsed.passages().forEach(p -> {
                        String key = SiteTemplate.key(p.text());
                        if (key != null) {
                            seen.add(key);
                        }
                    });
                }
            }
        }
        if (dataset != null) {
            Files.write(dataset, rows, StandardCharsets.UTF_8);
            System.out.println("Wrote " + rows.size() + " passages to " + dataset);
            return;
        }
        print(tallies);
        System.out.println("\nWith site template detection (pages of a site compared with those read before them):");
        printSummary(siteTallies);
        if (!mistakes.isEmpty()) {
            System.out.println("\nWrong blocks (" + details + "):");
            mistakes.forEach(System.out::println);
        }
    }

    /** The label matched to each passage of the page (null where no labelled block lies in it). */
    static Label[] labelsByPassage(Page page, ParsedArticle parsed) {
        Label[] byPassage = new Label[parsed.passages().size()];
        int[] found = match(page, parsed);
        for (int l = 0; l < found.length; l++) {
            if (found[l] >= 0) {
                byPassage[found[l]] = page.labels().get(l);
            }
        }
        return byPassage;
    }

    /** For each labelled block of the page, the index of the passage holding its text, or -1. */
    private static int[] match(Page page, ParsedArticle parsed) {
        List<NewPassage> passages = parsed.passages();
        List<String> texts = passages.stream().map(p -> normal(p.text())).toList();
        int[] result = new int[page.labels().size()];
        int cursor = 0;
        Set<Integer> usedExactly = new HashSet<>();
        for (int l = 0; l < result.length; l++) {
            Label label = page.labels().get(l);
            String wanted = BULLET.matcher(normal(label.text())).replaceFirst(""); // the splitter leaves bullets out
            int found = -1;
            for (int i = cursor; i < texts.size() && found < 0; i++) {
                if (texts.get(i).equals(wanted) && !usedExactly.contains(i)) {
                    found = i;
                }
            }
            for (int i = 0; i < cursor && found < 0; i++) {
                if (texts.get(i).equals(wanted) && !usedExactly.contains(i)) {
                    found = i;
                }
            }
            if (found >= 0) {
                usedExactly.add(found); // a block printed twice is two passages
            }
            if (found < 0) {
                found = find(texts, wanted, cursor);
            }
            if (found < 0) {
                found = find(texts, wanted, 0);
            }
            result[l] = found;
            if (found >= 0) {
                cursor = found;
            }
        }
        return result;
    }

    private static void score(Page page, String format, ParsedArticle parsed, Tally tally, List<String> mistakes,
                              boolean listMistakes) {
        List<NewPassage> passages = parsed.passages();
        int[] found = match(page, parsed);
        for (int l = 0; l < found.length; l++) {
            Label label = page.labels().get(l);
            if (found[l] < 0) {
                tally.unmatched++;
                continue;
            }
            NewPassage passage = passages.get(found[l]);
            boolean predictedJunk = passage.kind() == PassageKind.BOILERPLATE;
            tally.add(label, predictedJunk);
            if (listMistakes && predictedJunk != label.boilerplate() && mistakes != null) {
                mistakes.add(String.format("  %s.%s p%d %s/%s -> %s: %s", page.name(), format, passage.number(),
                        label.boilerplate() ? "boilerplate" : "body", label.kind(), passage.kindReason(),
                        abbreviate(label.text())));
            }
        }
    }

    private static int find(List<String> texts, String wanted, int from) {
        for (int i = from; i < texts.size(); i++) {
            if (texts.get(i).contains(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static void printSummary(Map<String, Tally> tallies) {
        System.out.printf(Locale.ROOT, "%-16s %5s %7s %9s %7s %7s%n", "format/split", "pages", "blocks", "precision",
                "recall", "F1");
        tallies.forEach((key, t) -> System.out.printf(Locale.ROOT, "%-16s %5d %7d %9.3f %7.3f %7.3f%n", key, t.pages,
                t.tp + t.fp + t.tn + t.fn, t.precision(), t.recall(), t.f1()));
    }

    private static void print(Map<String, Tally> tallies) {
        System.out.println("Boilerplate benchmark: boilerplate is the positive class, counted per labelled block.");
        System.out.println();
        System.out.printf("%-15s %6s %7s %9s %7s %7s %7s %7s %8s%n", "format/split", "pages", "blocks", "precision",
                "recall", "F1", "titles", "dates", "unmatched");
        for (var entry : tallies.entrySet()) {
            Tally t = entry.getValue();
            if (t.unsupported && t.pages == 0) {
                System.out.printf("%-15s %6s %7s %9s %7s %7s %7s %7s %8s%n", entry.getKey(), "n/a", "n/a", "n/a",
                        "n/a", "n/a", "n/a", "n/a", "n/a");
                continue;
            }
            System.out.printf(Locale.ROOT, "%-15s %6d %7d %9.3f %7.3f %7.3f %7s %7s %8d%n", entry.getKey(), t.pages,
                    t.tp + t.fp + t.fn + t.tn, t.precision(), t.recall(), t.f1(), share(t.titles, t.pages),
                    share(t.dates, t.pages), t.unmatched);
        }
        List<String> detailed = new ArrayList<>();
        for (String key : tallies.keySet()) {
            if (!key.endsWith("/tuning")) {
                detailed.add(key);
            }
        }
        for (String key : detailed) {
            Tally t = tallies.get(key);
            if (t.pages == 0) {
                System.out.println("\n" + key + ": n/a (the parser does not read this format yet)");
                continue;
            }
            System.out.println("\n" + key + ", recall per junk kind (blocks marked boilerplate / labelled blocks):");
            t.junkKinds.forEach((kind, c) -> System.out.printf(Locale.ROOT, "  %-16s %3d/%-3d %.3f%n", kind, c[0], c[1],
                    (double) c[0] / c[1]));
            System.out.println(key + ", body blocks marked boilerplate per role (false positives / labelled):");
            t.bodyRoles.forEach((role, c) -> System.out.printf(Locale.ROOT, "  %-16s %3d/%-3d%n", role, c[0], c[1]));
        }
    }

    private static String share(int found, int pages) {
        return pages == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) found / pages);
    }

    private static List<Page> readPages(Path corpus) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".labels.tsv")).sorted().toList()) {
                Map<String, String> header = new LinkedHashMap<>();
                List<Label> labels = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] cols = line.split("\t", 3);
                    if (line.startsWith("# ") && cols.length == 2) {
                        header.put(cols[0].substring(2), cols[1]);
                    } else if (!line.startsWith("#") && cols.length == 3) {
                        labels.add(new Label(cols[0].equals("boilerplate"), cols[1], cols[2]));
                    }
                }
                String name = file.getFileName().toString().replace(".labels.tsv", "");
                pages.add(new Page(name, header.get("site"), header.get("split"), header.get("title"),
                        header.get("date"), labels));
            }
        }
        return pages;
    }

    private static String stripBrackets(String title) {
        return title != null && title.startsWith("[") && title.endsWith("]") ? "" : title == null ? "" : title;
    }

    private static String normal(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 89) + "…";
    }
}
