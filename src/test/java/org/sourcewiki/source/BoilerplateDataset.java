package org.sourcewiki.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The evaluation set as rows for studying the classifier (written by {@code bench/boilerplate.sh --dataset FILE}):
 * one tab-separated row per passage of every page, in reading order, with the hand label matched to it, what the
 * classifier decided and why, and the block's measured features.
 *
 * <p>Columns: page, format, split, passage index, passage count, label ({@code junk}, {@code body} or {@code ?}),
 * label kind, predicted ({@code junk}/{@code body}), reason, chars, words, stop density, capitalised, capitalised
 * (all), lower-case stops, ends a sentence (0/1), has a colon (0/1), keep shape (0/1), good (0/1), near-good (0/1),
 * headline-like (0/1), name-like (0/1), form, text (tabs and newlines as spaces).
 */
final class BoilerplateDataset {
    private static final BoilerplateRules RULES = BoilerplateRules.load();

    private BoilerplateDataset() {
    }

    static void rows(BoilerplateBenchmark.Page page, String format, ParsedArticle parsed,
                     BoilerplateBenchmark.Label[] labels, List<String> rows) {
        Set<String> stopWords = StopWords.of(parsed.language() == null || parsed.language().equals("und") ? null
                : parsed.language());
        List<NewPassage> passages = parsed.passages();
        for (int i = 0; i < passages.size(); i++) {
            NewPassage passage = passages.get(i);
            BlockFeatures f = BlockFeatures.of(passage.text(), stopWords, RULES);
            BoilerplateBenchmark.Label label = labels[i];
            rows.add(String.join("\t", page.name(), format, page.split(), Integer.toString(i),
                    Integer.toString(passages.size()),
                    label == null ? "?" : label.boilerplate() ? "junk" : "body", label == null ? "?" : label.kind(),
                    passage.kind() == PassageKind.BOILERPLATE ? "junk" : "body", passage.kindReason(),
                    Integer.toString(f.chars()), Integer.toString(f.words()), number(f.stopDensity()),
                    number(f.capitalised()), number(f.capitalisedAll()), Integer.toString(f.lowerCaseStops()),
                    flag(f.endsSentence()), flag(f.hasColon()), flag(f.keep()), flag(f.good()), flag(f.nearGood()),
                    flag(f.headlineLike()), flag(f.nameLike()), passage.formCode(),
                    passage.text().replaceAll("[\\t\\r\\n]+", " ")));
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
