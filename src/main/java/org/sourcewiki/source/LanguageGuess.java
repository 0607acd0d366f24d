package org.sourcewiki.source;

import java.util.Set;

/**
 * Guesses French or English from common function words, for articles imported without a header. Anything else
 * is "und" (undetermined, in BCP 47) rather than a wrong guess.
 */
public final class LanguageGuess {
    private static final Set<String> FRENCH = Set.of(
            "le", "la", "les", "des", "est", "une", "du", "et", "dans", "pour", "qui", "que", "sur", "avec", "au");
    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "is", "to", "in", "that", "with", "for", "was", "on", "are", "by", "from", "it");

    private LanguageGuess() {
    }

    public static String guess(String text) {
        int french = 0;
        int english = 0;
        int words = 0;
        for (String word : BoilerplateRules.fold(text).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (FRENCH.contains(word)) {
                french++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        if (words < 5) {
            return "und";
        }
        if (french > english * 2 && french * 20 >= words) {
            return "fr";
        }
        if (english > french * 2 && english * 20 >= words) {
            return "en";
        }
        return "und";
    }
}
