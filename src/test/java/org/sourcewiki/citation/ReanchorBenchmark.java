package org.sourcewiki.citation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sourcewiki.source.ArticleParser;
import org.sourcewiki.source.BoilerplateClassifier;
import org.sourcewiki.source.BoilerplateRules;
import org.sourcewiki.source.NewPassage;
import org.sourcewiki.source.ParsedArticle;

/**
 * Re-anchoring benchmark (not a test; run by {@code bench/reanchor.sh}). Reads real articles (the seeds and the
 * boilerplate evaluation set's text files) through the real {@link ArticleParser}, cites words in them as editors do
 * (a few words to a sentence, or a whole passage; a quote is the first occurrence of its words in its passage, as the
 * citation syntax requires), then makes edited versions with a seeded random generator: words changed anywhere, words
 * changed inside cited quotes, paragraphs inserted, removed and moved, and paragraphs inserted that repeat a cited quote
 * in another context. Every edit is tracked, so the ground truth of each citation is known: where its words now stand,
 * or that they were edited, or that they are gone. Each citation is then re-anchored by {@link Reanchoring} and
 * scored. Printed: the share re-anchored exactly (applied at once), fuzzily (a proposal for review), sent to review in
 * all, the anchors applied at once that are wrong (must be 0), and how good the proposals for review are.
 *
 * <p>Arguments: {@code [variants per article, default 12] [random seed, default 13]}.
 */
public final class ReanchorBenchmark {
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** -Ddetails=true lists the intact citations sent to review, with their context. */
    private static final boolean DETAILS = Boolean.getBoolean("details");
    private static String newTextOf = "";

    /** A passage of a version being edited: its text, and the cited spans (char offsets) it holds. */
    static final class Para {
        String text;
        final List<Quote> quotes = new ArrayList<>();

        Para(String text) {
            this.text = text;
        }

        /** Replaces chars [from, to) with words, moving or marking the quotes the change touches. */
        void replace(int from, int to, String words) {
            int delta = words.length() - (to - from);
            for (Quote quote : quotes) {
                if (quote.whole) {
                    quote.edited = true;
                } else if (to <= quote.start) {
                    quote.start += delta;
                    quote.end += delta;
                } else if (from < quote.end) {
                    quote.edited = true;
                    quote.end = Math.max(quote.start + 1, quote.end + delta);
                }
            }
            text = text.substring(0, from) + words + text.substring(to);
        }
    }

    /** A citation being tracked: its span in its passage (or the whole passage), and whether it survived as words. */
    static final class Quote {
        int start;
        int end;
        final boolean whole;
        boolean edited;
        boolean gone;
        Reanchoring.Cited cited;

        Quote(int start, int end, boolean whole) {
            this.start = start;
            this.end = end;
            this.whole = whole;
        }
    }

    enum Outcome { EXACT_RIGHT, EXACT_WRONG, REVIEW }

    static final class Tally {
        int citations;
        int intact;
        int edited;
        int gone;
        int exact;
        int exactWrong;
        int fuzzy;
        int review;
        int reviewIntact;
        int proposals;
        int proposalsRight;
        int goneWithoutProposal;
        final TreeMap<String, Integer> reasons = new TreeMap<>();
    }

    public static void main(String[] args) throws Exception {
        int variants = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 13;
        List<List<String>> articles = articles();
        Random random = new Random(seed);
        List<String> donors = new ArrayList<>();
        articles.forEach(donors::addAll);
        Tally tally = new Tally();
        long started = System.nanoTime();
        for (List<String> article : articles) {
            for (int v = 0; v < variants; v++) {
                run(article, donors, random, tally);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(articles.size(), variants, seed, tally, seconds);
        if (tally.exactWrong > 0) {
            System.exit(1);
        }
    }

    /** The passages of every article: the seeds and the text files of the boilerplate evaluation set. */
    static List<List<String>> articles() throws IOException {
        ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("seeds/sources"), Path.of("bench/boilerplate/corpus"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> list = Files.list(folder)) {
                    list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        List<List<String>> articles = new ArrayList<>();
        for (Path file : files) {
            try {
                ParsedArticle article = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
                List<String> passages = article.passages().stream().map(NewPassage::text).toList();
                if (passages.size() >= 4) {
                    articles.add(passages);
                }
            } catch (Exception e) {
                System.err.println("skipped " + file + ": " + e.getMessage());
            }
        }
        return articles;
    }

    static void run(List<String> article, List<String> donors, Random random, Tally tally) {
        List<Para> paras = new ArrayList<>();
        article.forEach(text -> paras.add(new Para(text)));
        original = article;
        cite(paras, random);
        String oldText = join(paras);
        List<Reanchoring.Passage> oldPassages = passages(paras);
        List<Quote> all = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            for (Quote quote : paras.get(i).quotes) {
                quote.cited = selector(oldText, oldPassages.get(i), quote);
                all.add(quote);
            }
        }
        edit(paras, donors, random);
        String newText = join(paras);
        List<Reanchoring.Passage> newPassages = passages(paras);
        newTextOf = newText;
        for (int i = 0; i < paras.size(); i++) {
            for (Quote quote : paras.get(i).quotes) {
                score(quote, i, newPassages, Reanchoring.reanchor(quote.cited, oldText, newText, newPassages), tally);
            }
        }
        for (Quote quote : all) {
            if (quote.gone) {
                score(quote, -1, newPassages, Reanchoring.reanchor(quote.cited, oldText, newText, newPassages), tally);
            }
        }
    }

    /** Cites about one passage in three: the whole passage (one in four), else 2 to 15 words of it. */
    static void cite(List<Para> paras, Random random) {
        for (Para para : paras) {
            List<int[]> words = words(para.text);
            if (words.size() < 3 || random.nextInt(3) != 0) {
                continue;
            }
            if (random.nextInt(4) == 0) {
                para.quotes.add(new Quote(0, para.text.length(), true));
                continue;
            }
            int count = Math.min(words.size(), 2 + random.nextInt(14));
            int first = random.nextInt(words.size() - count + 1);
            int start = words.get(first)[0];
            int end = words.get(first + count - 1)[1];
            // A citation names the first occurrence of its words in the passage.
            if (para.text.indexOf(para.text.substring(start, end)) == start) {
                para.quotes.add(new Quote(start, end, false));
            }
        }
    }

    /** Three to eight edits of the kinds a publisher's correction or update makes. */
    static void edit(List<Para> paras, List<String> donors, Random random) {
        int edits = 3 + random.nextInt(6);
        for (int e = 0; e < edits && paras.size() > 2; e++) {
            int kind = random.nextInt(6);
            switch (kind) {
                case 0 -> changeWord(paras.get(random.nextInt(paras.size())), donors, random, null);
                case 1 -> {
                    List<Para> cited = paras.stream().filter(p -> p.quotes.stream().anyMatch(q -> !q.whole)).toList();
                    if (!cited.isEmpty()) {
                        Para para = cited.get(random.nextInt(cited.size()));
                        List<Quote> quotes = para.quotes.stream().filter(q -> !q.whole).toList();
                        changeWord(para, donors, random, quotes.get(random.nextInt(quotes.size())));
                    }
                }
                case 2 -> paras.add(random.nextInt(paras.size() + 1), new Para(donor(paras, donors, random)));
                case 3 -> {
                    Para removed = paras.remove(random.nextInt(paras.size()));
                    removed.quotes.forEach(q -> q.gone = true);
                }
                case 4 -> {
                    Para moved = paras.remove(random.nextInt(paras.size()));
                    paras.add(random.nextInt(paras.size() + 1), moved);
                }
                default -> {
                    // A new paragraph repeating cited words in another context: a trap for anchoring by words alone.
                    List<Quote> quotes = new ArrayList<>();
                    paras.forEach(p -> p.quotes.stream().filter(q -> !q.whole && !q.edited).forEach(quotes::add));
                    if (!quotes.isEmpty()) {
                        Quote quote = quotes.get(random.nextInt(quotes.size()));
                        Para holder = paras.stream().filter(p -> p.quotes.contains(quote)).findFirst().orElseThrow();
                        String words = holder.text.substring(quote.start, quote.end);
                        String around = donor(paras, donors, random);
                        int cut = around.indexOf(' ', around.length() / 2);
                        String text = cut < 0 ? around + " " + words : around.substring(0, cut) + " " + words + around.substring(cut);
                        paras.add(random.nextInt(paras.size() + 1), new Para(text));
                    }
                }
            }
        }
    }

    /**
     * A paragraph of another article that is not already in this one: an identical paragraph (a site's footer in
     * two of its articles) inserted where one was removed would make the ground truth say "gone" of words that stand
     * unchanged in their place.
     */
    static String donor(List<Para> paras, List<String> donors, Random random) {
        while (true) {
            String text = donors.get(random.nextInt(donors.size()));
            if (paras.stream().noneMatch(p -> p.text.contains(text) || text.contains(p.text))
                    && original.stream().noneMatch(p -> p.contains(text) || text.contains(p))) {
                return text;
            }
        }
    }

    /** The passages of the article being edited, before any edit. */
    private static List<String> original = List.of();

    /** Replaces one word (inside the quote when one is given) by a word of another article. */
    static void changeWord(Para para, List<String> donors, Random random, Quote inside) {
        List<int[]> words = words(para.text);
        if (inside != null) {
            words = words.stream().filter(w -> w[0] >= inside.start && w[1] <= inside.end).toList();
        }
        if (words.isEmpty()) {
            return;
        }
        int[] word = words.get(random.nextInt(words.size()));
        List<int[]> donorWords;
        String donor;
        do {
            donor = donors.get(random.nextInt(donors.size()));
            donorWords = words(donor);
        } while (donorWords.isEmpty());
        int[] replacement = donorWords.get(random.nextInt(donorWords.size()));
        String newWord = donor.substring(replacement[0], replacement[1]);
        if (newWord.equals(para.text.substring(word[0], word[1]))) {
            newWord = newWord + "s";
        }
        para.replace(word[0], word[1], newWord);
    }

    static void score(Quote quote, int paraIndex, List<Reanchoring.Passage> passages, Reanchoring.Anchor anchor,
                      Tally tally) {
        tally.citations++;
        boolean intact = !quote.gone && !quote.edited;
        if (intact) {
            tally.intact++;
        } else if (quote.gone) {
            tally.gone++;
        } else {
            tally.edited++;
        }
        Integer rightStart = null;
        Integer rightEnd = null;
        Integer rightPassage = null;
        if (!quote.gone) {
            Reanchoring.Passage passage = passages.get(paraIndex);
            rightPassage = passage.number();
            rightStart = passage.start() + passage.text().codePointCount(0, quote.whole ? 0 : quote.start);
            rightEnd = passage.start() + passage.text().codePointCount(0, quote.whole ? passage.text().length() : quote.end);
        }
        if (anchor.automatic()) {
            boolean right = intact && anchor.passage().equals(rightPassage) && anchor.start().equals(rightStart)
                    && anchor.end().equals(rightEnd);
            if (right) {
                tally.exact++;
            } else {
                tally.exactWrong++;
                System.err.println("WRONG automatic anchor (" + anchor.reason() + "; truth: "
                        + (quote.gone ? "gone" : quote.edited ? "edited" : "passage " + rightPassage + " at " + rightStart)
                        + ", found passage " + anchor.passage() + " at " + anchor.start() + (quote.whole ? ", whole" : "")
                        + "): " + quote.cited.exact() + (DETAILS ? " [" + quote.cited.prefix() + "|" + quote.cited.suffix()
                        + "] found in: [" + passages.get(anchor.passage() - 1).text() + "] " + anchor.confidence() : ""));
            }
            return;
        }
        tally.review++;
        if (intact) {
            tally.reviewIntact++;
            tally.reasons.merge(anchor.reason(), 1, Integer::sum);
            if (DETAILS) {
                System.err.println("intact to review (" + anchor.reason() + "): [" + quote.cited.prefix() + "|"
                        + quote.cited.exact() + "|" + quote.cited.suffix() + "] between: [" + Reanchoring.editedWords(newTextOf, quote.cited) + "]");
            }
        }
        if (anchor.method() == Reanchoring.Method.FUZZY) {
            tally.fuzzy++;
        }
        if (anchor.passage() != null) {
            tally.proposals++;
            boolean right = rightPassage != null && anchor.passage().equals(rightPassage)
                    && anchor.start() < rightEnd && anchor.end() > rightStart;
            if (right) {
                tally.proposalsRight++;
            }
        } else if (quote.gone) {
            tally.goneWithoutProposal++;
        }
    }

    static void print(int articles, int variants, long seed, Tally t, double seconds) {
        System.out.printf(Locale.ROOT, "Re-anchoring benchmark: %d articles × %d edited versions (seed %d), %d citations, %.1f s%n",
                articles, variants, seed, t.citations, seconds);
        System.out.printf(Locale.ROOT, "  ground truth: %d words intact (%.1f %%), %d edited (%.1f %%), %d gone with their passage (%.1f %%)%n",
                t.intact, pct(t.intact, t.citations), t.edited, pct(t.edited, t.citations), t.gone, pct(t.gone, t.citations));
        System.out.printf(Locale.ROOT, "  re-anchored exactly (applied at once): %d (%.1f %% of all, %.1f %% of intact ones)%n",
                t.exact, pct(t.exact, t.citations), pct(t.exact, t.intact));
        System.out.printf(Locale.ROOT, "  re-anchored fuzzily (a proposal for review): %d (%.1f %%)%n", t.fuzzy, pct(t.fuzzy, t.citations));
        System.out.printf(Locale.ROOT, "  sent to review: %d (%.1f %%), of which %d with intact words (ambiguous or context changed)%n",
                t.review, pct(t.review, t.citations), t.reviewIntact);
        System.out.printf(Locale.ROOT, "  proposals for review in the right place: %d of %d (%.1f %%); gone citations with nothing proposed: %d of %d%n",
                t.proposalsRight, t.proposals, pct(t.proposalsRight, t.proposals), t.goneWithoutProposal, t.gone);
        System.out.printf(Locale.ROOT, "  WRONG anchors applied automatically: %d%n", t.exactWrong);
        if (!t.reasons.isEmpty()) {
            System.out.println("  why intact words went to review:");
            t.reasons.forEach((reason, n) -> System.out.printf(Locale.ROOT, "    %5d  %s%n", n, reason));
        }
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new int[] {matcher.start(), matcher.end()});
        }
        return words;
    }

    static String join(List<Para> paras) {
        StringBuilder text = new StringBuilder();
        for (Para para : paras) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(para.text);
        }
        return text.toString();
    }

    /** Passages with spans in code points, numbered from 1, as the importer stores them (one per line here). */
    static List<Reanchoring.Passage> passages(List<Para> paras) {
        List<Reanchoring.Passage> passages = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < paras.size(); i++) {
            String text = paras.get(i).text;
            int length = text.codePointCount(0, text.length());
            passages.add(new Reanchoring.Passage(i + 1, offset, offset + length, text));
            offset += length + 1;
        }
        return passages;
    }

    /** The W3C selectors the wiki stores for a citation: exact words, 32 code points each side, position. */
    static Reanchoring.Cited selector(String text, Reanchoring.Passage passage, Quote quote) {
        int start = passage.start() + passage.text().codePointCount(0, quote.whole ? 0 : quote.start);
        int end = passage.start() + passage.text().codePointCount(0, quote.whole ? passage.text().length() : quote.end);
        int[] cps = text.codePoints().toArray();
        String exact = new String(cps, start, end - start);
        String prefix = new String(cps, Math.max(0, start - 32), start - Math.max(0, start - 32));
        String suffix = new String(cps, end, Math.min(cps.length, end + 32) - end);
        String quoteText = quote.whole ? null : exact;
        return new Reanchoring.Cited(exact, prefix, suffix, start, end, quoteText);
    }
}
